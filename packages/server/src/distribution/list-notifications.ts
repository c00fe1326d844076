import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { mayReadDirectory } from '../access/policy.ts';
import { ForbiddenError } from '../errors.ts';
import { listName } from '../timelines/present.ts';
import type { NotificationList } from './schemas.ts';
import { iso } from './present.ts';

/** How many notifications the page shows, newest first. */
export const NOTIFICATIONS_SHOWN = 100;

/**
 * The signed-in staff member's notifications, newest first. A notification names its student
 * by id only: the name and the link come through the access policy (`visibleStudents()`), so a
 * notification about a student the person can no longer see shows without either. Each student
 * named is logged as read.
 */
export async function listNotifications(call: Call): Promise<NotificationList> {
  const staffId = call.actor.staffId;
  if (!mayReadDirectory(call.actor) || staffId === null) {
    throw new ForbiddenError('Notifications are for staff members.');
  }
  return withStudentRecords(call, async (records) => {
    const rows = await records.tx
      .selectFrom('staff_notifications as n')
      .leftJoin('implementer_assignments as a', (j) =>
        j.onRef('a.district_id', '=', 'n.district_id').onRef('a.id', '=', 'n.subject_id'),
      )
      .leftJoin('review_requests as q', (j) =>
        j.onRef('q.district_id', '=', 'n.district_id').onRef('q.id', '=', 'n.subject_id'),
      )
      .where('n.staff_id', '=', staffId)
      .select([
        'n.id',
        'n.kind',
        'n.student_id',
        'n.created_at',
        'n.read_at',
        'a.iep_id as assignment_iep_id',
        'q.iep_id as request_iep_id',
      ])
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(NOTIFICATIONS_SHOWN)
      .execute();
    const unread = await records.tx
      .selectFrom('staff_notifications')
      .where('staff_id', '=', staffId)
      .where('read_at', 'is', null)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const ids = [...new Set(rows.map((r) => r.student_id))];
    const visible = ids.length
      ? await records
          .visibleStudents()
          .where('s.id', 'in', ids)
          .select(['s.id', 's.legal_first_name', 's.legal_last_name'])
          .execute()
      : [];
    const names = new Map(visible.map((s) => [s.id, listName(s)]));
    await records.log([...names.keys()], 'student-profile', 'read', 'view-notifications');
    return {
      items: rows.map((r) => {
        const name = names.get(r.student_id) ?? null;
        const iepId =
          r.kind === 'review-requested'
            ? r.request_iep_id
            : r.kind === 'assigned' || r.kind === 'assignment-ended'
              ? r.assignment_iep_id
              : null;
        return {
          id: r.id,
          kind: r.kind,
          studentId: r.student_id,
          studentName: name,
          href:
            name === null
              ? null
              : iepId
                ? `/students/${r.student_id}/ieps/${iepId}`
                : `/students/${r.student_id}`,
          createdAt: iso(r.created_at)!,
          readAt: iso(r.read_at),
        };
      }),
      unread: Number(unread.n),
    };
  });
}
