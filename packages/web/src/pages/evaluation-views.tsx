import type { PageContext } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';

/** The evaluations module's data as the pages show it (mirrors the server's evaluations/schemas.ts). */

export const evaluationComponentValues = [
  'physical-examination',
  'psychological-evaluation',
  'social-history',
  'classroom-observation',
  'speech-language',
  'occupational-therapy',
  'physical-therapy',
  'educational',
  'vocational-assessment',
  'functional-behavioral-assessment',
  'review-of-existing-data',
  'test-given-to-all-children',
] as const;
export type EvaluationComponentView = (typeof evaluationComponentValues)[number];
export const componentStatusValues = ['planned', 'scheduled', 'completed', 'cancelled'] as const;
export const ieeResponseValues = ['due-process-complaint-filed', 'iee-at-public-expense'] as const;
export const evaluationKindValues = ['initial', 'reevaluation'] as const;

export interface EvaluationSummaryView {
  id: string;
  kind: (typeof evaluationKindValues)[number];
  requestedOn: string | null;
  completedOn: string | null;
  eligible: boolean | null;
  classification: string | null;
  eligibilityDecidedOn: string | null;
  eligibilityMeetingId: string | null;
  version: number;
}

export interface IeeRequestView {
  id: string;
  evaluationId: string;
  receivedOn: string;
  disagreement: string | null;
  response: (typeof ieeResponseValues)[number] | null;
  respondedOn: string | null;
  daysOpen: number;
  version: number;
}

export interface EvaluationComponentRecordView {
  id: string;
  component: EvaluationComponentView;
  needsConsent: boolean;
  evaluator: string | null;
  status: (typeof componentStatusValues)[number];
  appointmentOn: string | null;
  reportOn: string | null;
  summary: string | null;
  version: number;
}

export interface EvaluationDetailView extends EvaluationSummaryView {
  level: 'preschool' | 'school-age';
  components: readonly EvaluationComponentRecordView[];
  ieeRequests: readonly IeeRequestView[];
  manageCase: boolean;
}

export interface EvaluationListView {
  items: readonly EvaluationSummaryView[];
  ieeRequests: readonly IeeRequestView[];
  manageCase: boolean;
}

/** A step the law does not allow now (422), or a conflict with a newer record (409). */
export interface EvaluationRefusalView {
  message: string;
  citation?: string | undefined;
}

export function EvaluationRefusal({
  page,
  refusal,
}: {
  page: PageContext;
  refusal: EvaluationRefusalView;
}) {
  const { t } = page.i18n;
  return (
    <Alert kind="error" heading={t('evaluation.refusedHeading')}>
      <p>{refusal.message}</p>
      {refusal.citation && <p>{t('evaluation.citation', { citation: refusal.citation })}</p>}
    </Alert>
  );
}
