import { sql } from 'kysely';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { enrolledAt } from '../access/policy.ts';
import type { ListStudentsInput, StudentSummary } from './schemas.ts';
import { toSummary, summaryColumns } from './present.ts';

/**
 * The students the actor may see, filtered and paged. A list shows personally identifiable
 * information too: every student shown is written to the access log (34 CFR 300.614).
 */
export async function listStudents(
  call: Call,
  input: ListStudentsInput,
): Promise<{ items: StudentSummary[]; total: number }> {
  return withStudentRecords(call, async (records) => {
    let query = records.visibleStudents();
    if (input.level) query = query.where('s.level', '=', input.level);
    const { siteId } = input;
    if (siteId) query = query.where((eb) => enrolledAt(eb, records.asOf, siteId));
    if (input.q) {
      const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb(sql`s.legal_last_name || ', ' || s.legal_first_name`, 'ilike', pattern),
          eb(sql`s.legal_first_name || ' ' || s.legal_last_name`, 'ilike', pattern),
          eb('s.preferred_name', 'ilike', pattern),
          eb('s.student_number', 'ilike', pattern),
        ]),
      );
    }
    const [rows, count] = await Promise.all([
      query
        .select(summaryColumns)
        .orderBy('s.legal_last_name')
        .orderBy('s.legal_first_name')
        .orderBy('s.id')
        .limit(input.limit)
        .offset(input.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    await records.log(
      rows.map((r) => r.id),
      'student-list',
      'read',
      input.q ? 'search-students' : 'list-students',
    );
    return { items: rows.map(toSummary), total: Number(count.n) };
  });
}
