/**
 * The IEP shapes the pages show. They mirror the server's API responses (iep/schemas.ts)
 * structurally, so the web package needs nothing from the server.
 */

export interface IepServiceView {
  program: string;
  service: string;
  frequency: number;
  period: 'day' | 'week' | 'month';
  durationMinutes: number;
  location: string;
  groupSize: number;
  startDate: string;
  endDate: string;
  twelveMonth: boolean;
}

export interface IepContentView {
  classification: string | null;
  presentLevels: { academic: string; social: string; physical: string; management: string };
  effectOnProgress: string;
  goals: { area: string; goal: string; criteria: string; method: string; schedule: string }[];
  services: IepServiceView[];
  generalEducationPercent: number | null;
  leastRestrictiveEnvironment: string;
  equipment: { needed: boolean | null; description: string };
  testingAccommodations: { none: boolean; items: { accommodation: string; conditions: string }[] };
  twelveMonthServices: { recommended: boolean; category: string | null; description: string };
  promotionCriteria: {
    alternateAssessment: boolean;
    ela: 'standard' | 'modified' | null;
    math: 'standard' | 'modified' | null;
    modifiedCriteria: string;
  };
  transition: {
    postSecondaryEducation: string;
    postSecondaryEmployment: string;
    postSecondaryIndependentLiving: string;
    activities: { area: string; activity: string; responsible: string }[];
  };
}

export interface IepVersionSummaryView {
  id: string;
  iepId: string;
  number: number;
  status: 'draft' | 'final' | 'superseded';
  amendsVersionId: string | null;
  meetingId: string | null;
  meetingDate: string | null;
  projectedImplementationDate: string | null;
  annualReviewDate: string | null;
  reevaluationDate: string | null;
  lockVersion: number;
  savedBy: string;
  savedAt: string;
  finalizedAt: string | null;
  documentId: string | null;
  supersededAt: string | null;
  settingBand: string | null;
}

export interface IepVersionFullView extends IepVersionSummaryView {
  content: IepContentView;
}

export interface IepDetailView {
  id: string;
  studentId: string;
  committee: 'cse' | 'cpse';
  createdAt: string;
  versions: IepVersionSummaryView[];
  current: IepVersionFullView | null;
  draft: IepVersionFullView | null;
  events: { type: string; on: string; versionId: string | null }[];
  canReadDrafts: boolean;
  canManage: boolean;
}

export interface IepListView {
  items: {
    id: string;
    committee: 'cse' | 'cpse';
    createdAt: string;
    latestStatus: 'draft' | 'final' | 'superseded' | null;
    latestNumber: number | null;
    annualReviewDate: string | null;
  }[];
  canManage: boolean;
}

/** Choices the editor offers, from the rules package's catalogs (the server passes them). */
export interface IepChoices {
  programs: { id: string; level: 'preschool' | 'school-age' }[];
  classifications: { id: string; level: 'preschool' | 'school-age' }[];
  esyCategories: string[];
  transitionAreas: string[];
  meetings: { id: string; committee: string; date: string; held: boolean }[];
  level: 'preschool' | 'school-age';
}

/** A problem with one field of the editor: `name` is the form field's name. */
export interface IepFieldError {
  name: string;
  message: string;
}
