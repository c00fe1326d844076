import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { grantIepRead } from './access.ts';
import type { IepList } from './schemas.ts';

/**
 * A student's IEPs, newest first, each with its latest version the reader may see (a reader
 * outside the committee does not learn of an IEP that has only a draft).
 */
export async function listIeps(call: Call, input: { studentId: string }): Promise<IepList> {
  return withStudentRecords(call, async (records) => {
    const grant = await grantIepRead(records, input.studentId, 'view-iep');
    const rows = await records.tx
      .selectFrom('ieps as i')
      .innerJoin('iep_versions as v', (j) =>
        j.onRef('v.district_id', '=', 'i.district_id').onRef('v.iep_id', '=', 'i.id'),
      )
      .where('i.student_id', '=', input.studentId)
      .$if(!grant.canReadDrafts, (q) => q.where('v.status', '<>', 'draft'))
      .select([
        'i.id',
        'i.committee',
        'i.created_at',
        'v.number',
        'v.status',
        'v.annual_review_date',
      ])
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id')
      .orderBy('v.number', 'desc')
      .execute();
    const items: IepList['items'] = [];
    for (const row of rows) {
      if (items.some((i) => i.id === row.id)) continue; // the first row of each IEP is its latest version
      items.push({
        id: row.id,
        committee: row.committee,
        createdAt: new Date(row.created_at).toISOString(),
        latestStatus: row.status,
        latestNumber: row.number,
        annualReviewDate: row.annual_review_date,
      });
    }
    await records.log([input.studentId], 'iep', 'read', 'view-iep');
    return { items, canManage: grant.canManage };
  });
}
