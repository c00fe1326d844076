/**
 * Escalations (PREK, Contact Information): where a school raises a problem with a child's IEP
 * or services, and what it must say. The guidance names three routes:
 *
 * - IEP Delivery: "If a school has not received an IEP for a currently enrolled preschool child:
 *   Email specialedprek@schools.nyc.gov and provide the child's name and date of birth, as well
 *   as the school's name and address";
 * - Related Services: "If a school has any questions or concerns about the delivery of related
 *   services, e.g., services have not started, a provider has stopped seeing a child: ... Email
 *   relatedservices@schools.nyc.gov and provide the child's name and date of birth, as well as
 *   the program's name and address";
 * - SEIT: the same for "the delivery of SEIT services", to 4410Oversight@schools.nyc.gov.
 *
 * The addresses are New York City's; each district sets its own (the server stores them).
 */

export const ESCALATION_CITATION = 'PREK, Contact Information';

export const ESCALATION_KINDS = ['iep-not-received', 'related-services', 'seit-services'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** The problems the guidance names: an IEP not received; services not started; a provider who stopped. */
export const ESCALATION_PROBLEMS = [
  'iep-not-received',
  'services-not-started',
  'provider-stopped',
] as const;
export type EscalationProblem = (typeof ESCALATION_PROBLEMS)[number];

/** The problems about a service of the IEP (the others are about the IEP itself). */
export const SERVICE_PROBLEMS: readonly EscalationProblem[] = [
  'services-not-started',
  'provider-stopped',
];

/** The programs of the catalog whose delivery goes to the related services route (PLAN, Related services). */
export const RELATED_SERVICE_PROGRAMS: readonly string[] = [
  'related-service',
  'preschool-related-services',
];
/** The programs whose delivery goes to the SEIT route. */
export const SEIT_PROGRAMS: readonly string[] = ['seit'];

/**
 * The guidance's own contacts (New York City), as a district starting from them would set its
 * routes: the demo district uses them.
 */
export const PREK_CONTACTS: Record<EscalationKind, { contactName: string; email: string }> = {
  'iep-not-received': {
    contactName: 'Special Education Pre-K (IEP delivery)',
    email: 'specialedprek@schools.nyc.gov',
  },
  'related-services': {
    contactName: 'Related Services',
    email: 'relatedservices@schools.nyc.gov',
  },
  'seit-services': {
    contactName: '4410 Oversight (SEIT)',
    email: '4410Oversight@schools.nyc.gov',
  },
};

/**
 * What the site is called in the message: the guidance asks for "the school's name and address"
 * when an IEP was not received, and "the program's name and address" about services.
 */
export function siteWordFor(kind: EscalationKind): 'school' | 'program' {
  return kind === 'iep-not-received' ? 'school' : 'program';
}

/** Why an escalation cannot be filed as asked; the server words each for people. */
export type EscalationRefusal =
  /** The IEP Delivery route is for a preschool child. */
  | 'not-preschool'
  /** "A currently enrolled preschool child"; and every route asks for the site's name and address. */
  | 'not-enrolled'
  /** The site has no address on record, which every route asks for. */
  | 'site-without-address'
  /** A problem with services names the service of the IEP in effect it concerns. */
  | 'service-required'
  /** Only related services and SEIT services have a route. */
  | 'service-without-route';

export interface EscalationRequest {
  problem: EscalationProblem;
  level: 'preschool' | 'school-age';
  /** The student's current site (their current enrollment's), or null when not enrolled now. */
  site: { name: string; address: string } | null;
  /** The service of the IEP in effect named by the request; null when none (or not found). */
  service: { program: string } | null;
}

export type EscalationDecision =
  { ok: true; kind: EscalationKind } | { ok: false; refusal: EscalationRefusal };

/**
 * Which route an escalation takes, or why it cannot be filed: an IEP not received goes to IEP
 * Delivery (for a currently enrolled preschool child); a problem with a related service to
 * Related Services; with a SEIT service to SEIT. Every route asks for the school's or program's
 * name and address, so the student must be enrolled at a site that has one.
 */
export function decideEscalation(request: EscalationRequest): EscalationDecision {
  const refuse = (refusal: EscalationRefusal): EscalationDecision => ({ ok: false, refusal });
  let kind: EscalationKind;
  if (request.problem === 'iep-not-received') {
    if (request.level !== 'preschool') return refuse('not-preschool');
    kind = 'iep-not-received';
  } else {
    if (!request.service) return refuse('service-required');
    const found = kindOfService(request.service.program);
    if (!found) return refuse('service-without-route');
    kind = found;
  }
  if (!request.site) return refuse('not-enrolled');
  if (request.site.address.trim() === '') return refuse('site-without-address');
  return { ok: true, kind };
}

/** The route of a problem with a service of this program, or null when the guidance names none. */
export function kindOfService(program: string): EscalationKind | null {
  if (SEIT_PROGRAMS.includes(program)) return 'seit-services';
  if (RELATED_SERVICE_PROGRAMS.includes(program)) return 'related-services';
  return null;
}
