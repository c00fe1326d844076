/** @continuum/web: the pages as functions of typed props, their messages, and the assets folder. */
export {
  createTranslator,
  resolveLocale,
  textDirection,
  isLocale,
  locales,
  defaultLocale,
} from './i18n/i18n.ts';
export type { Locale, MessageId, Translator } from './i18n/i18n.ts';
export { renderDocument } from './render.ts';
export type { PageContext } from './components/layout.tsx';
export type {
  AccessLogEntryView,
  FormState,
  SiteOption,
  SiteView,
  StaffView,
  StudentDetailView,
  StudentSummaryView,
} from './pages/types.ts';
export { SignInPage } from './pages/sign-in.tsx';
export type { SignInField } from './pages/sign-in.tsx';
export { StudentListPage } from './pages/student-list.tsx';
export { StudentPage, studentNotices } from './pages/student.tsx';
export type { StudentNotice } from './pages/student.tsx';
export { StudentFormPage, studentFields, studentFormValues } from './pages/student-form.tsx';
export type { StudentField } from './pages/student-form.tsx';
export { guardianFields, enrollmentFields } from './pages/student-subforms.tsx';
export type {
  GuardianField,
  EnrollmentField,
  EndEnrollmentField,
} from './pages/student-subforms.tsx';
export { GuardianEditPage } from './pages/guardian-edit.tsx';
export { ErrorPage } from './pages/error.tsx';
export { SitesPage, SiteEditPage, siteFields, siteNotices } from './pages/sites.tsx';
export type { SiteField, SiteNotice } from './pages/sites.tsx';
export { StaffPage, staffNotices } from './pages/staff.tsx';
export type { StaffNotice } from './pages/staff.tsx';
export { StaffFormPage, staffFields, committeeOf } from './pages/staff-form.tsx';
export type { StaffField } from './pages/staff-form.tsx';
export {
  AccountPage,
  PasswordPage,
  SecondFactorPage,
  accountNotices,
  passwordFields,
} from './pages/account.tsx';
export type {
  AccountNotice,
  PasswordField,
  SecondFactorStatus,
  SecondFactorStep,
} from './pages/account.tsx';
export type { ErrorKind } from './pages/error.tsx';
export * from './pages/consent-list.tsx';
export * from './pages/consent-detail.tsx';
export * from './pages/notice-list.tsx';
export * from './pages/notice-detail.tsx';
export * from './pages/referral-list.tsx';
export * from './pages/referral-detail.tsx';
export * from './pages/timeline.tsx';
export * from './pages/deadlines.tsx';
export * from './pages/calendar.tsx';

/** The folder of the web package's own static files (stylesheet), served under /assets/web/. */
export const assetsDirectory = new URL('../assets/', import.meta.url);
export * from './pages/evaluation-views.tsx';
export * from './pages/evaluation-list.tsx';
export * from './pages/evaluation-detail.tsx';
export * from './pages/meeting-views.tsx';
export * from './pages/meeting-list.tsx';
export * from './pages/meeting-detail.tsx';
export * from './pages/iep-exports.ts';
export * from './pages/escalation-exports.ts';
export * from './pages/distribution-exports.ts';
export * from './pages/service-exports.ts';
export * from './pages/records-lists.tsx';
export * from './pages/records-requests.tsx';
export * from './pages/privacy.tsx';
export * from './pages/amendments.tsx';
export * from './pages/amendment-forms.tsx';
export * from './pages/disclosures.tsx';
export * from './pages/destruction.tsx';
export * from './pages/complete-record.tsx';
export * from './pages/complete-record-outline.ts';
export type * from './pages/complete-record-types.ts';
