import type { Call } from '../http/call.ts';
import { getCaseTimeline } from './get-case-timeline.ts';
import type { CaseTimeline, DeadlineView } from './schemas.ts';

/**
 * The student's next open and overdue deadlines, in due order (overdue ones come first, being
 * earlier), for the student page's Case section; or why they cannot be counted. The read is a
 * read of the case timeline and is logged as one.
 */
export async function getNextDeadlines(
  call: Call,
  input: { studentId: string; limit?: number },
): Promise<{ deadlines: DeadlineView[]; problem: CaseTimeline['problem'] }> {
  const timeline = await getCaseTimeline(call, { studentId: input.studentId });
  return {
    deadlines: timeline.deadlines
      .filter((d) => d.due !== null && (d.status === 'open' || d.status === 'overdue'))
      .slice(0, input.limit ?? 5),
    problem: timeline.problem,
  };
}
