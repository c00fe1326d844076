import type { StudentDetailView } from './types.ts';

/** A student as the pages' tests show one: Ann Lee, school-age, no guardians, no abilities. */
export const testStudent: StudentDetailView = {
  id: '00000000-0000-4000-8000-000000000001',
  studentNumber: 'S-1',
  legalFirstName: 'Ann',
  legalLastName: 'Lee',
  preferredName: null,
  dateOfBirth: '2015-04-02',
  level: 'school-age',
  grade: '4',
  classification: 'autism',
  nativeLanguage: 'es',
  homeless: false,
  wardOfState: false,
  version: 3,
  guardians: [],
  enrollments: [],
  abilities: {
    editProfile: false,
    editGuardians: false,
    editEnrollment: false,
    viewAccessLog: false,
    manageCase: false,
  },
};
