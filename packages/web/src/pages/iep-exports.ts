/** The IEP pages and their form model, for the server's page routes (one line in index.ts). */
export { IepListPage, IepPage, IepVersionPage, iepNotices } from './iep.tsx';
export type { IepNotice, IepProblem } from './iep.tsx';
export { IepDraftPage } from './iep-editor.tsx';
export type { IepDraftPageProps } from './iep-editor.tsx';
export { decodeIepForm, fieldIdOf, fieldNameOf, formValuesOf, iepFormValues } from './iep-form.ts';
export type { IepFormValues } from './iep-form.ts';
export type {
  IepChoices,
  IepDetailView,
  IepFieldError,
  IepListView,
  IepVersionFullView,
} from './iep-types.ts';
