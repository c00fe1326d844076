import { records as rules } from '@continuum/rules';
import type { Tx } from '../db/tenant.ts';
import type { RecordCopyView } from './schemas.ts';

/**
 * The copies made for these requests, oldest first, with who recorded each and the rules' words
 * for the fee (recomputed from what was stored: the pages, the per-page fee in force that day
 * and whether it was waived). Reads only: the caller holds the grant and logs the read.
 */
export async function loadCopies(
  tx: Tx,
  requestIds: readonly string[],
): Promise<Map<string, RecordCopyView[]>> {
  const byRequest = new Map<string, RecordCopyView[]>();
  if (requestIds.length === 0) return byRequest;
  const rows = await tx
    .selectFrom('record_copies as c')
    .leftJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'c.district_id').onRef('st.account_id', '=', 'c.recorded_by'),
    )
    .where('c.request_id', 'in', requestIds)
    .selectAll('c')
    .select('st.full_name as recorded_by_name')
    .orderBy('c.made_on')
    .orderBy('c.recorded_at')
    .execute();
  for (const r of rows) {
    const fee = rules.copyFee({
      schedule: [{ kind: 'copy-per-page', cents: r.per_page_cents }],
      pages: r.pages,
      feePreventsAccess: r.fee_waived,
    });
    const list = byRequest.get(r.request_id) ?? [];
    list.push({
      id: r.id,
      requestId: r.request_id,
      madeOn: r.made_on,
      pages: r.pages,
      perPageCents: r.per_page_cents,
      feeWaived: r.fee_waived,
      feeCents: r.fee_cents,
      why: fee.why,
      citation: fee.citation,
      recordedBy: r.recorded_by_name ?? 'a district account',
    });
    byRequest.set(r.request_id, list);
  }
  return byRequest;
}
