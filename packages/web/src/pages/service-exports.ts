/** The service delivery pages and their form model, for the server's page routes (one line in index.ts). */
export {
  ServiceDeliveryPage,
  serviceDeliveryNotices,
  sessionLogFields,
  voidSessionFields,
} from './services.tsx';
export type { SessionLogField, VoidSessionField } from './services.tsx';
export {
  CaseloadPage,
  DeliveryDashboardPage,
  DeliverySettingsPage,
  UnderDeliveryReportPage,
  deliverySettingsFields,
} from './delivery.tsx';
export type { DeliverySettingsField } from './delivery.tsx';
export { groupText, sessionChoiceValues } from './service-views.tsx';
export {
  SessionGroupFormPage,
  SessionGroupPage,
  groupFields,
  groupNotices,
} from './session-groups.tsx';
export type { GroupChildOption, GroupField, SessionGroupView } from './session-groups.tsx';
