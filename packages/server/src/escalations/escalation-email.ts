import type { EscalationKind, EscalationProblem } from '@continuum/rules/escalations/index.ts';
import { siteWordFor } from '@continuum/rules/escalations/index.ts';
import { PROGRAMS } from '@continuum/rules/programs/index.ts';

/** What an escalation's e-mail says: the facts the guidance asks for, and the problem. */
export interface EscalationMessage {
  kind: EscalationKind;
  problem: EscalationProblem;
  contactName: string;
  childName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  siteName: string;
  siteAddress: string;
  service: {
    program: string;
    service: string;
    frequency: number;
    period: 'day' | 'week' | 'month';
    durationMinutes: number;
  } | null;
  details: string;
  filedBy: { name: string; email: string };
}

/** The opening sentence of each problem, by route (PREK, Contact Information). */
const openings: Record<EscalationKind, Partial<Record<EscalationProblem, string>>> = {
  'iep-not-received': {
    'iep-not-received':
      'The school below has not received the IEP of a currently enrolled preschool child.',
  },
  'related-services': {
    'services-not-started': 'The related service below, on the child’s IEP, has not started.',
    'provider-stopped': 'The provider of the related service below has stopped seeing the child.',
  },
  'seit-services': {
    'services-not-started': 'The SEIT services below, on the child’s IEP, have not started.',
    'provider-stopped': 'The SEIT provider has stopped seeing the child.',
  },
};

const subjects: Record<EscalationProblem, string> = {
  'iep-not-received': 'IEP not received for a preschool child',
  'services-not-started': 'Services have not started for a child',
  'provider-stopped': 'A provider has stopped seeing a child',
};

/** A date as people read it in an e-mail ("March 4, 2022"). */
function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** "Speech-language therapy (Related services), 2 times a week, 30 minutes each". */
export function describeService(service: NonNullable<EscalationMessage['service']>): string {
  const program =
    service.program in PROGRAMS
      ? PROGRAMS[service.program as keyof typeof PROGRAMS].label
      : service.program;
  const name = service.service.trim() ? `${service.service.trim()} (${program})` : program;
  const times = service.frequency === 1 ? 'once' : `${service.frequency} times`;
  return `${name}, ${times} a ${service.period}, ${service.durationMinutes} minutes each`;
}

/**
 * The e-mail to the route's address, in plain English, with what the guidance says to provide
 * ("the child's name and date of birth, as well as the school's [or program's] name and
 * address"), the problem and the service it concerns, and whom to answer. The subject names no
 * child: only the body, to the district's own contact, carries the child's name.
 */
export function escalationEmail(m: EscalationMessage): { subject: string; body: string } {
  const site = siteWordFor(m.kind) === 'school' ? 'School' : 'Program';
  const lines = [
    `To ${m.contactName}:`,
    '',
    openings[m.kind][m.problem] ?? subjects[m.problem],
    '',
    `Child’s name: ${m.childName}`,
    `Date of birth: ${longDate(m.dateOfBirth)}`,
    `${site} name: ${m.siteName}`,
    `${site} address: ${m.siteAddress}`,
    ...(m.service ? [`Service: ${describeService(m.service)}`] : []),
    ...(m.details ? ['', `Details: ${m.details}`] : []),
    '',
    `Sent by ${m.filedBy.name} (${m.filedBy.email}) through Continuum. Please reply to them.`,
  ];
  return { subject: `${subjects[m.problem]} at ${m.siteName}`, body: lines.join('\n') };
}
