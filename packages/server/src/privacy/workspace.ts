import type { Call } from '../http/call.ts';
import { listEmployees } from '../records-lists/list-employees.ts';
import { listOpenRecordsRequests } from '../records-requests/list-open-records-requests.ts';
import { requirePrivacyOfficial } from './access.ts';
import type { PrivacyWorkspace } from './schemas.ts';

/**
 * What the official responsible for confidentiality (34 CFR 300.623) keeps an eye on, in one
 * place: the open requests to inspect and review with their deadlines (300.613), and the
 * current listing of employees who may reach personally identifiable information, which must
 * be kept for public inspection. Each part is read through its own module's use case, so the
 * workspace reaches nothing they would not (the requests' reads are logged there).
 */
export async function getPrivacyWorkspace(call: Call): Promise<PrivacyWorkspace> {
  requirePrivacyOfficial(call.actor);
  const requests = await listOpenRecordsRequests(call);
  const employees = await listEmployees(call);
  return {
    asOf: requests.asOf,
    openRequests: requests.items,
    employeesListed: employees.items.length,
  };
}
