/** The IEP distribution pages and their form model, for the server's page routes (one line in index.ts). */
export { ReadinessPage, NotificationsPage, ReviewDesigneesPage } from './distribution.tsx';
export {
  notificationNotices,
  reviewDesigneeFields,
  reviewDesigneeNotices,
} from './distribution.tsx';
export type {
  ReviewDesigneeField,
  ReviewDesigneeNotice,
  NotificationNotice,
} from './distribution.tsx';
export {
  assignFields,
  endAssignmentFields,
  reviewFields,
  requestFields,
  distributionNotices,
} from './iep-distribution.tsx';
export type {
  AssignField,
  EndAssignmentField,
  ReviewField,
  RequestField,
  DistributionNotice,
  DistributionFailure,
  DistributionRefusal,
  DistributionSection,
} from './iep-distribution.tsx';
export type {
  DesigneeListView,
  IepDistributionView,
  NotificationListView,
  ReadinessListView,
} from './distribution-types.ts';
