import type { EscalationKind } from '@continuum/rules/escalations/index.ts';
import { kindOfService } from '@continuum/rules/escalations/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { grantFiling } from './access.ts';
import { readRoutes } from './escalation-routes.ts';
import { readEscalationFacts, servicesInEffect } from './facts.ts';
import type { EscalationRouteView } from './schemas.ts';

/** What the escalation form shows before anything is sent: the facts that will be sent, and where. */
export interface EscalationDraft {
  studentId: string;
  childName: string;
  dateOfBirth: string;
  level: 'preschool' | 'school-age';
  site: { name: string; address: string } | null;
  /** The related services and SEIT services of the IEP in effect, with the route of each. */
  services: {
    id: string;
    program: string;
    service: string;
    frequency: number;
    period: 'day' | 'week' | 'month';
    durationMinutes: number;
    kind: EscalationKind;
  }[];
  /** The district's routes (unset ones have no address). */
  routes: EscalationRouteView[];
}

/**
 * The escalation form's facts, for those who may file (others are refused and logged): the
 * child's name and date of birth and the school's or program's name and address, as they will
 * be sent (PREK, Contact Information), the services it may concern, and the routes.
 */
export async function prepareEscalation(
  call: Call,
  input: { studentId: string },
): Promise<EscalationDraft> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    await grantFiling(records, studentId, 'read', 'file-escalation');
    const facts = await readEscalationFacts(records, studentId);
    const services = (await servicesInEffect(records, studentId).execute()).flatMap((s) => {
      const kind = kindOfService(s.program);
      return kind
        ? [
            {
              id: s.id,
              program: s.program,
              service: s.service,
              frequency: s.frequency,
              period: s.period,
              durationMinutes: s.duration_minutes,
              kind,
            },
          ]
        : [];
    });
    const routes = await readRoutes(records.tx);
    await records.log(
      [studentId],
      ['student-profile', 'enrollment', 'iep'],
      'read',
      'file-escalation',
    );
    return {
      studentId,
      childName: facts.childName,
      dateOfBirth: facts.dateOfBirth,
      level: facts.level,
      site: facts.site && { name: facts.site.name, address: facts.site.address },
      services,
      routes,
    };
  });
}
