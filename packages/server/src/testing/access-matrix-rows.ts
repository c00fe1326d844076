import type { MatrixRow } from './access-matrix.ts';
import { foundationRows } from '../access/foundation.rows.ts';
import { referralsRows } from '../referrals/access.rows.ts';
import { consentRows } from '../consent/access.rows.ts';
import { evaluationsRows } from '../evaluations/access.rows.ts';
import { meetingsRows } from '../meetings/access.rows.ts';
import { iepRows } from '../iep/access.rows.ts';
import { noticesRows } from '../notices/access.rows.ts';
import { documentsRows } from '../documents/access.rows.ts';
import { timelinesRows } from '../timelines/access.rows.ts';
import { distributionRows } from '../distribution/access.rows.ts';
import { servicesRows } from '../services/access.rows.ts';
import { escalationsRows } from '../escalations/access.rows.ts';
import { recordsListsRows } from '../records-lists/access.rows.ts';
import { recordsRequestsRows } from '../records-requests/access.rows.ts';
import { privacyRows } from '../privacy/access.rows.ts';
import { amendmentsRows } from '../amendments/access.rows.ts';
import { disclosuresRows } from '../disclosures/access.rows.ts';
import { destructionRows } from '../destruction/access.rows.ts';
import { completeRecordRows } from '../complete-record/access.rows.ts';

/** Every module's rows of the access matrix, for the test that no served route is missing. */
export const allMatrixRows: readonly MatrixRow[] = [
  ...foundationRows,
  ...referralsRows,
  ...consentRows,
  ...evaluationsRows,
  ...meetingsRows,
  ...iepRows,
  ...noticesRows,
  ...documentsRows,
  ...timelinesRows,
  ...distributionRows,
  ...servicesRows,
  ...escalationsRows,
  ...recordsListsRows,
  ...recordsRequestsRows,
  ...privacyRows,
  ...amendmentsRows,
  ...disclosuresRows,
  ...destructionRows,
  ...completeRecordRows,
];
