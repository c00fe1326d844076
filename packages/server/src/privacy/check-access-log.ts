import type { Call } from '../http/call.ts';
import { verifyAccessLog } from '../records/verify-access-log.ts';
import { requirePrivacyOfficial } from './access.ts';
import type { AccessLogCheck } from './schemas.ts';

/**
 * The privacy officer checks that the district's record of access (34 CFR 300.614) is whole:
 * the same verification as `continuum audit verify`, on the district's own hash chain only. It
 * reads identifiers and hashes, never a student's data, so it writes no access-log row.
 */
export async function checkAccessLog(call: Call): Promise<AccessLogCheck> {
  requirePrivacyOfficial(call.actor);
  const result = await verifyAccessLog(call.ctx.database.db, { districtId: call.actor.districtId });
  return {
    rows: result.rows,
    intact: result.firstBreak === null,
    brokenAt: result.firstBreak && { seq: result.firstBreak.seq, reason: result.firstBreak.reason },
  };
}
