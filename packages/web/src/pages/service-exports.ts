/** The service delivery pages and their form model, for the server's page routes (one line in index.ts). */
export {
  ServiceDeliveryPage,
  serviceDeliveryNotices,
  sessionLogFields,
  voidSessionFields,
  weekCellFields,
} from './services.tsx';
export type {
  ServiceDeliveryNotice,
  SessionLogField,
  StudentDeliveryView,
  VoidSessionField,
  WeekCellField,
} from './services.tsx';
export {
  CaseloadPage,
  DeliveryDashboardPage,
  DeliverySettingsPage,
  UnderDeliveryReportPage,
  deliverySettingsFields,
} from './delivery.tsx';
export type { DeliveryFilters, DeliverySettingsField } from './delivery.tsx';
export { missedReasonValues, sessionChoiceValues } from './service-views.tsx';
export type { SessionChoice } from './service-views.tsx';
