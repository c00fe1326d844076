import type { Call } from '../http/call.ts';
import { listOpenAmendments } from '../amendments/list-open-amendments.ts';
import { listRecentDisclosures } from '../disclosures/list-recent-disclosures.ts';
import { listDestructionQueue } from '../destruction/list-destruction-queue.ts';
import { listEmployees } from '../records-lists/list-employees.ts';
import { listOpenRecordsRequests } from '../records-requests/list-open-records-requests.ts';
import { requirePrivacyOfficial } from './access.ts';
import type { PrivacyWorkspace } from './schemas.ts';

/**
 * What the official responsible for confidentiality (34 CFR 300.623) keeps an eye on, in one
 * place: the open requests to inspect and review with their deadlines (300.613), the amendment
 * requests awaiting a decision or a hearing's outcome (300.618-300.619), the latest disclosures
 * (300.622), the children whose records wait to be destroyed (300.624), and the current listing of employees who may reach personally identifiable
 * information, which must be kept for public inspection. Each part is read through its own module's use case, so the
 * workspace reaches nothing they would not (the requests' reads are logged there).
 */
/** How many of the latest disclosures the workspace shows; `/api/disclosures` lists more. */
const recentDisclosures = 10;

export async function getPrivacyWorkspace(call: Call): Promise<PrivacyWorkspace> {
  requirePrivacyOfficial(call.actor);
  const requests = await listOpenRecordsRequests(call);
  const amendments = await listOpenAmendments(call);
  const disclosures = await listRecentDisclosures(call, { limit: recentDisclosures });
  const destruction = await listDestructionQueue(call);
  const employees = await listEmployees(call);
  return {
    asOf: requests.asOf,
    openRequests: requests.items,
    openAmendments: amendments.items,
    recentDisclosures: disclosures.items,
    destructionPending: destruction.pending.length,
    destructionDone: destruction.destroyed.length,
    employeesListed: employees.items.length,
  };
}
