import type { EscalationRefusal } from '@continuum/rules/escalations/index.ts';
import { ESCALATION_CITATION, decideEscalation } from '@continuum/rules/escalations/index.ts';
import { sql } from 'kysely';
import { committeeOf } from '../access/policy.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { deliverQueuedEmail, queueEmail } from '../notices/email-outbox.ts';
import { notifyStaff } from '../distribution/notify-staff.ts';
import { grantFiling } from './access.ts';
import { escalationEmail } from './escalation-email.ts';
import { readEscalationFacts, servicesInEffect } from './facts.ts';
import { escalationRows, toEscalationView } from './present.ts';
import type { EscalationView, FileEscalationInput } from './schemas.ts';

/** Each refusal of the rules, worded for the person filing, with the field it concerns. */
const refusals: Record<EscalationRefusal, { message: string; path: 'problem' | 'serviceId' }> = {
  'not-preschool': {
    path: 'problem',
    message:
      'An IEP not received is raised for a currently enrolled preschool child. For a school-age student, ask the CSE for the IEP.',
  },
  'not-enrolled': {
    path: 'problem',
    message:
      'The student is not enrolled at a school or program now, so the escalation cannot give its name and address. Record the current enrollment first.',
  },
  'site-without-address': {
    path: 'problem',
    message:
      'The student’s school or program has no address on record, and the escalation must give it. A district administrator adds it on the Sites page.',
  },
  'service-required': {
    path: 'serviceId',
    message: 'Choose the service of the student’s IEP in effect that has not started or stopped.',
  },
  'service-without-route': {
    path: 'serviceId',
    message:
      'Only related services and SEIT services have a route for their delivery. Choose one of those services.',
  },
};

function refuse(path: 'problem' | 'serviceId', message: string): never {
  throw new RefusedError(message, ESCALATION_CITATION, [{ path, message }]);
}

/**
 * Files an escalation (PREK, Contact Information): its kind follows from the problem and the
 * service (rules: escalations); it is pre-filled with the child's name and date of birth and
 * the school's or program's name and address (the current enrollment's site), kept as sent;
 * its e-mail to the district's route is queued (sent only when a mail server is configured);
 * the student's committee chairpersons are told. It stays open until it is resolved.
 */
export async function fileEscalation(
  call: Call,
  input: FileEscalationInput & { studentId: string },
): Promise<EscalationView> {
  const { view, outboxId } = await withStudentRecords(call, async (records) => {
    const { studentId } = input;
    await grantFiling(records, studentId, 'create', 'file-escalation');
    const facts = await readEscalationFacts(records, studentId);
    const service = input.serviceId
      ? ((await servicesInEffect(records, studentId)
          .where('sv.id', '=', input.serviceId)
          .executeTakeFirst()) ?? null)
      : null;
    const decision = decideEscalation({
      problem: input.problem,
      level: facts.level,
      site: facts.site,
      service,
    });
    if (!decision.ok) refuse(refusals[decision.refusal].path, refusals[decision.refusal].message);
    const site = facts.site!;
    const route = await records.tx
      .selectFrom('escalation_routes')
      .select(['contact_name', 'email'])
      .where('kind', '=', decision.kind)
      .executeTakeFirst();
    if (!route)
      refuse(
        'problem',
        'The district has not set where to send this kind of escalation. A district administrator must set it on the escalation routes page.',
      );
    const details = input.details ?? '';
    const created = await records.tx
      .insertInto('escalations')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        kind: decision.kind,
        problem: input.problem,
        iep_service_id: service?.id ?? null,
        site_id: site.id,
        to_address: route.email,
        child_name: facts.childName,
        date_of_birth: facts.dateOfBirth,
        site_name: site.name,
        site_address: site.address,
        details,
        filed_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const email = escalationEmail({
      kind: decision.kind,
      problem: input.problem,
      contactName: route.contact_name,
      childName: facts.childName,
      dateOfBirth: facts.dateOfBirth,
      siteName: site.name,
      siteAddress: site.address,
      service: service && {
        program: service.program,
        service: service.service,
        frequency: service.frequency,
        period: service.period,
        durationMinutes: service.duration_minutes,
      },
      details,
      filedBy: { name: call.actor.displayName, email: call.actor.email },
    });
    const queued = await queueEmail(records, {
      studentId,
      escalationId: created.id,
      to: route.email,
      ...email,
    });
    for (const staffId of await chairpersonsOf(records, facts.level, site.id))
      await notifyStaff(records, {
        staffId,
        studentId,
        kind: 'escalation-filed',
        subjectId: created.id,
      });
    await records.log([studentId], ['student-profile', 'enrollment'], 'read', 'file-escalation');
    if (service) await records.log([studentId], 'iep', 'read', 'file-escalation');
    await records.log([studentId], 'escalation', 'create', 'file-escalation');
    const row = await escalationRows(records.tx)
      .where('e.id', '=', created.id)
      .executeTakeFirstOrThrow();
    return { view: toEscalationView(row, call.actor.accountId), outboxId: queued };
  });
  const emailStatus = await deliverQueuedEmail(call.ctx, call.actor.districtId, outboxId);
  return { ...view, emailStatus };
}

/**
 * The chairpersons of the student's committee (the CPSE for a preschool child, the CSE for a
 * school-age student; for the whole district or the student's school), whose accounts are
 * active, other than the person filing: the escalation is visible to them until resolved.
 */
async function chairpersonsOf(
  records: StudentRecords,
  level: 'preschool' | 'school-age',
  siteId: string,
): Promise<string[]> {
  const rows = await records.tx
    .selectFrom('committee_memberships as m')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'm.district_id').onRef('st.id', '=', 'm.staff_id'),
    )
    .innerJoin('accounts as a', 'a.id', 'st.account_id')
    .where('m.committee', '=', committeeOf(level))
    .where((w) => w.or([w('m.site_id', 'is', null), w('m.site_id', '=', siteId)]))
    .where(sql<boolean>`'chairperson' = any(st.roles)`)
    .where('a.disabled_at', 'is', null)
    .where('st.account_id', '<>', records.actor.accountId)
    .select('st.id')
    .distinct()
    .execute();
  return rows.map((r) => r.id);
}
