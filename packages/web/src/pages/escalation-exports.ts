/** The escalation pages and their form model, for the server's page routes (one line in index.ts). */
export {
  EscalationRoutesPage,
  escalationRouteFields,
  escalationRouteNotices,
} from './escalation-routes.tsx';
export type {
  EscalationRouteField,
  EscalationRouteNotice,
  EscalationRoutesPageProps,
} from './escalation-routes.tsx';
export {
  EscalationListPage,
  StudentEscalationsPage,
  escalationResolveFields,
  studentEscalationNotices,
} from './escalation-list.tsx';
export type { EscalationResolveField, StudentEscalationNotice } from './escalation-list.tsx';
export { EscalationFormPage, escalationFileFields } from './escalation-form.tsx';
export type { EscalationDraftView, EscalationFileField } from './escalation-form.tsx';
export { escalationProblemValues, escalationStatusValues } from './escalation-views.tsx';
export type {
  EscalationKindValue,
  EscalationProblemValue,
  EscalationRecordView,
  EscalationRefusalView,
  EscalationStatusValue,
} from './escalation-views.tsx';
