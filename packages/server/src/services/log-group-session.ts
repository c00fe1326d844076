import type { Call } from '../http/call.ts';
import type { Actor } from '../access/actor.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { FieldIssue } from '../errors.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import { grantDeliveryChange } from './access.ts';
import { loadGroup, presentGroup } from './group-access.ts';
import { sessionDateCitation, writeSessions } from './log-sessions.ts';
import type { GroupInput, GroupView } from './schemas.ts';

const purpose = 'log-service-session' as const;

/**
 * Whether the actor is of those who may log sessions at all: a teacher, provider or SEIT (for
 * the children they are assigned to) or a district administrator; whether a child may be in
 * their group is then each child's own grant.
 */
export function mayLogGroups(actor: Actor): boolean {
  return (
    actor.kind === 'staff' &&
    actor.roles.some((r) => ['teacher', 'provider', 'seit', 'district-admin'].includes(r))
  );
}

/**
 * Who may log a group: whoever may log each child's session alone (PREK, Accessibility and
 * Storage: the staff "responsible for implementing the IEP, either in whole or in part").
 */
const accessCitation =
  'PREK, Accessibility and Storage (the staff responsible for implementing the IEP log its sessions)';

/**
 * Logs one group session: a session for each child, through the one session logging use case
 * (log-sessions.ts `writeSessions`, so a date ahead, before a child's service or not a school
 * day is refused as for a session alone), each with the group's size (its number of members:
 * a group larger than a child's IEP allows is logged and flagged, never refused) and pointing
 * at the group. A child the actor may not log for refuses the whole group (422 naming that
 * child's row); every problem of every child is named before anything is kept, and it is all
 * one transaction: the group and all its sessions, or nothing.
 */
export async function logGroupSession(call: Call, input: GroupInput): Promise<GroupView> {
  const { actor } = call;
  if (!mayLogGroups(actor))
    throw new ForbiddenError(
      'Group sessions are logged by the staff who deliver services and district administrators.',
    );
  if (
    input.providerStaffId !== undefined &&
    input.providerStaffId !== actor.staffId &&
    !actor.roles.includes('district-admin')
  )
    throw new ForbiddenError('You may log only the sessions you gave.');

  return withStudentRecords(call, async (records) => {
    // Every child first: the group is refused whole, naming each child it may not include.
    const notYours: FieldIssue[] = [];
    for (const [i, m] of input.members.entries()) {
      try {
        await grantDeliveryChange(records, m.studentId, 'create', purpose);
      } catch (error) {
        if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
        notYours.push({
          path: `members.${i}.studentId`,
          message: 'you may not log sessions for this child',
        });
      }
    }
    if (notYours.length > 0)
      throw new RefusedError(
        notYours.length === 1
          ? 'You may not log sessions for one of these children: nothing was logged.'
          : `You may not log sessions for ${notYours.length} of these children: nothing was logged.`,
        accessCitation,
        notYours,
      );

    // Each child's session by the rules of a session alone; problems gathered over all.
    const invalid: FieldIssue[] = [];
    const refused: FieldIssue[] = [];
    const sessionIds: string[] = [];
    for (const [i, m] of input.members.entries()) {
      const path = (_row: number, field: string) => `members.${i}.${field}`;
      try {
        const [view] = await writeSessions(
          records,
          m.studentId,
          [
            {
              serviceId: m.serviceId,
              date: input.date,
              status: input.status,
              minutes: input.minutes,
              groupSize: input.members.length,
              location: input.location,
              note: m.note,
              providerStaffId: input.providerStaffId,
            },
          ],
          path,
        );
        sessionIds.push(view!.id);
      } catch (error) {
        if (error instanceof InvalidInputError) invalid.push(...error.fields);
        else if (error instanceof RefusedError) refused.push(...error.fields);
        // A service of the child's IEP the actor is not assigned to implement.
        else if (error instanceof ForbiddenError)
          refused.push({
            path: path(i, 'serviceId'),
            message: 'you are not assigned to implement this service',
          });
        else throw error;
      }
    }
    // Throwing rolls back the sessions already written for the other children.
    if (invalid.length > 0) throw new InvalidInputError(invalid);
    if (refused.length > 0)
      throw new RefusedError(
        'This group session cannot be logged for every child in it: nothing was logged.',
        refused.some((f) => f.path.endsWith('.date')) ? sessionDateCitation : accessCitation,
        refused,
      );

    const group = await records.tx
      .insertInto('session_groups')
      .values({
        district_id: actor.districtId,
        provider_staff_id: input.providerStaffId ?? actor.staffId!,
        session_date: input.date,
        status: input.status,
        minutes: input.minutes,
        location: input.location ?? '',
        note: input.note ?? '',
        recorded_by: actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.tx
      .updateTable('service_sessions')
      .set({ group_id: group.id })
      .where('id', 'in', sessionIds)
      .execute();
    // The sessions were logged for each child as written (writeSessions); the group is theirs.
    return presentGroup((await loadGroup(records.tx, group.id))!, true);
  });
}
