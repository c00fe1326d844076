import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIepReadiness, weeklyMinutes } from './readiness.ts';
import { requiredIepContentAreas } from './required-areas.ts';
import { emptyIepContent } from './content.ts';
import type { IepContent, IepDates, IepService, IepStudent } from './content.ts';

const fourthGrader: IepStudent = { level: 'school-age', dateOfBirth: '2016-03-04', grade: '4' };
const dates: IepDates = {
  meetingDate: '2026-11-20',
  projectedImplementationDate: '2026-12-01',
  annualReviewDate: '2027-11-19',
  reevaluationDate: '2029-11-19',
};
const asOf = '2026-11-24';

const service = (over: Partial<IepService> = {}): IepService => ({
  program: 'related-service',
  service: 'speech-language therapy',
  frequency: 2,
  period: 'week',
  durationMinutes: 30,
  location: 'speech room',
  groupSize: 3,
  startDate: '2026-12-01',
  endDate: '2027-11-19',
  twelveMonth: false,
  ...over,
});

/** An IEP with every area a fourth grader's IEP needs. */
export function completeContent(over: Partial<IepContent> = {}): IepContent {
  return {
    ...emptyIepContent(),
    classification: 'learning-disability',
    presentLevels: {
      academic: 'Reads at a second-grade level.',
      social: 'Works well in small groups.',
      physical: 'No needs.',
      management: 'Needs refocusing prompts.',
    },
    effectOnProgress: 'Decoding difficulties slow progress in grade-level reading.',
    goals: [
      {
        area: 'reading',
        goal: 'Will decode multisyllabic words.',
        criteria: '80% accuracy over 3 probes',
        method: 'curriculum-based measurement',
        schedule: 'quarterly, with report cards',
      },
    ],
    services: [service()],
    generalEducationPercent: 85,
    leastRestrictiveEnvironment: 'Pulled out for speech only.',
    equipment: { needed: false, description: '' },
    testingAccommodations: {
      none: false,
      items: [{ accommodation: 'extended time (1.5x)', conditions: 'all tests' }],
    },
    promotionCriteria: {
      alternateAssessment: false,
      ela: 'standard',
      math: 'standard',
      modifiedCriteria: '',
    },
    ...over,
  };
}

const paths = (content: IepContent, student = fourthGrader, d = dates) =>
  checkIepReadiness({ student, content, dates: d, asOf }).findings.map((f) => f.path);

describe('which IEP content areas a student needs (programs.md, IEP content)', () => {
  const cases: {
    name: string;
    source: string;
    student: IepStudent;
    recommendsEsy?: boolean;
    d?: IepDates;
    includes: string[];
    excludes: string[];
  }[] = [
    {
      name: 'a fourth grader needs promotion criteria and no transition plan',
      source: 'PSN NYC addendum, Promotion Standards (grades 3-8)',
      student: fourthGrader,
      includes: ['promotion-criteria', 'testing-accommodations', 'annual-goals'],
      excludes: ['transition-activities', 'post-secondary-goals', 'twelve-month-services'],
    },
    {
      name: 'a ninth grader is held to no promotion criteria on the IEP',
      source: 'PSN NYC addendum, Promotion Standards (grades 3-8)',
      student: { level: 'school-age', dateOfBirth: '2012-01-10', grade: '9' },
      includes: [],
      excludes: ['promotion-criteria'],
    },
    {
      name: 'a student who turns 15 while the IEP is in effect needs post-secondary goals and transition activities',
      source: 'PLAN, CSE referral process; 8 NYCRR 200.4(d)(2)(ix)',
      student: { level: 'school-age', dateOfBirth: '2012-06-01', grade: '9' },
      includes: ['post-secondary-goals', 'transition-activities'],
      excludes: [],
    },
    {
      name: 'a student who turns 15 only after the annual review date needs no transition plan yet',
      source: 'PLAN, CSE referral process; 8 NYCRR 200.4(d)(2)(ix)',
      student: { level: 'school-age', dateOfBirth: '2012-11-20', grade: '9' },
      includes: [],
      excludes: ['transition-activities'],
    },
    {
      name: 'an IEP recommending 12-month services must state them',
      source: 'PLAN, Extended School Year (ESY) services',
      student: fourthGrader,
      recommendsEsy: true,
      includes: ['twelve-month-services'],
      excludes: [],
    },
    {
      name: 'a preschool child needs no testing accommodations, promotion criteria or transition plan',
      source: 'PLAN, CSE referral process; PSN NYC addendum, Promotion Standards',
      student: { level: 'preschool', dateOfBirth: '2022-05-01', grade: null },
      includes: ['classification', 'programs-and-services'],
      excludes: ['testing-accommodations', 'promotion-criteria', 'transition-activities'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const content = emptyIepContent();
      content.twelveMonthServices.recommended = c.recommendsEsy ?? false;
      const areas = requiredIepContentAreas(c.student, content, c.d ?? dates, asOf).map(
        (a) => a.area,
      );
      for (const area of c.includes)
        assert.ok(areas.includes(area as never), `${c.source}: ${area} required`);
      for (const area of c.excludes)
        assert.ok(!areas.includes(area as never), `${c.source}: ${area} not required`);
    });
  }
});

describe('finalize readiness: missing content, program limits, dates', () => {
  const cases: {
    name: string;
    source: string;
    content: IepContent;
    student?: IepStudent;
    d?: IepDates;
    expect: string[];
  }[] = [
    {
      name: 'an IEP with every required area answered may be finalized',
      source: 'PLAN, CSE referral process',
      content: completeContent(),
      expect: [],
    },
    {
      name: 'an empty draft lists each missing area by its field',
      source: 'PLAN, CSE referral process',
      content: emptyIepContent(),
      expect: [
        'content.classification',
        'content.presentLevels.academic',
        'content.goals',
        'content.services',
        'content.generalEducationPercent',
        'content.equipment.needed',
        'content.testingAccommodations',
        'content.promotionCriteria.ela',
      ],
    },
    {
      name: 'a goal without evaluation criteria, method or reporting schedule is not measurable',
      source: 'PLAN, CSE referral process (measurable annual goals)',
      content: completeContent({
        goals: [{ area: 'math', goal: 'Adds fractions.', criteria: '', method: '', schedule: ' ' }],
      }),
      expect: ['content.goals.0.criteria', 'content.goals.0.method', 'content.goals.0.schedule'],
    },
    {
      name: 'no more than 5 students may be placed in a resource room at any one time',
      source: 'PLAN, Resource Room (8 NYCRR 200.6(f))',
      content: completeContent({
        services: [
          service({
            program: 'resource-room',
            service: '',
            groupSize: 6,
            frequency: 5,
            period: 'week',
            durationMinutes: 45,
          }),
        ],
      }),
      expect: ['content.services.0.groupSize'],
    },
    {
      name: 'resource room of less than three hours a week is refused',
      source: 'PLAN, Resource Room (8 NYCRR 200.6(f))',
      content: completeContent({
        services: [
          service({
            program: 'resource-room',
            groupSize: 5,
            frequency: 3,
            period: 'week',
            durationMinutes: 45,
          }),
        ],
      }),
      expect: ['content.services.0.durationMinutes'],
    },
    {
      name: 'a 12:1:1 special class recommended with a class of 13 exceeds its ratio',
      source: 'PLAN, Special Class (8 NYCRR 200.6(h)(4))',
      content: completeContent({
        generalEducationPercent: 20,
        services: [
          service({
            program: 'special-class-12-1-1',
            groupSize: 13,
            period: 'day',
            frequency: 1,
            durationMinutes: 300,
          }),
        ],
      }),
      expect: ['content.services.0.groupSize'],
    },
    {
      name: 'a preschool program on a school-age IEP is refused',
      source: 'PLAN, Special Education Itinerant Services',
      content: completeContent({
        services: [service({ program: 'seit', groupSize: 1, frequency: 5, durationMinutes: 60 })],
      }),
      expect: ['content.services.0.program'],
    },
    {
      name: 'SEIT of less than two hours a week is refused',
      source: 'PLAN, Special Education Itinerant Services (Education Law 4410(1)(k))',
      student: { level: 'preschool', dateOfBirth: '2022-05-01', grade: null },
      content: completeContent({
        classification: 'preschool-student-with-a-disability',
        promotionCriteria: emptyIepContent().promotionCriteria,
        services: [service({ program: 'seit', groupSize: 1, frequency: 1, durationMinutes: 90 })],
      }),
      expect: ['content.services.0.durationMinutes'],
    },
    {
      name: 'modified promotion criteria must be stated',
      source: 'PSN NYC addendum, Promotion Standards',
      content: completeContent({
        promotionCriteria: {
          alternateAssessment: false,
          ela: 'modified',
          math: 'standard',
          modifiedCriteria: '',
        },
      }),
      expect: ['content.promotionCriteria.modifiedCriteria'],
    },
    {
      name: 'a student who takes alternate assessments is not held to promotion criteria',
      source: 'PSN NYC addendum, Promotion Standards',
      content: completeContent({
        promotionCriteria: {
          alternateAssessment: true,
          ela: null,
          math: null,
          modifiedCriteria: '',
        },
      }),
      expect: [],
    },
    {
      name: '12-month services need their ESY category and the services given in July and August',
      source: 'PLAN, Extended School Year (ESY) services',
      content: completeContent({
        twelveMonthServices: { recommended: true, category: null, description: '' },
      }),
      expect: ['content.twelveMonthServices.category', 'content.services'],
    },
    {
      name: 'a student of 15 needs post-secondary goals and transition activities',
      source: 'PLAN, CSE referral process; 8 NYCRR 200.4(d)(2)(ix)',
      student: { level: 'school-age', dateOfBirth: '2011-01-01', grade: '10' },
      content: completeContent(),
      expect: [
        'content.transition.postSecondaryEducation',
        'content.transition.postSecondaryEmployment',
        'content.transition.activities',
      ],
    },
    {
      name: 'the annual review is at most one year after the meeting, the reevaluation at most three',
      source: '8 NYCRR 200.4(f); 8 NYCRR 200.4(b)(4)',
      content: completeContent(),
      d: { ...dates, annualReviewDate: '2027-11-21', reevaluationDate: '2029-11-21' },
      expect: ['dates.annualReviewDate', 'dates.reevaluationDate'],
    },
    {
      name: 'an annual review exactly one year after the meeting is allowed',
      source: '8 NYCRR 200.4(f)',
      content: completeContent(),
      d: { ...dates, annualReviewDate: '2027-11-20', reevaluationDate: '2029-11-20' },
      expect: [],
    },
    {
      name: 'an IEP not linked to the meeting that developed it is not ready',
      source: 'PLAN, CSE referral process',
      content: completeContent(),
      d: { ...dates, meetingDate: null },
      expect: ['dates.meetingDate'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const found = paths(c.content, c.student, c.d);
      if (c.expect.length === 0) assert.deepEqual(found, [], c.source);
      for (const path of c.expect)
        assert.ok(found.includes(path), `${c.source}: ${path} in ${found.join(', ')}`);
    });
  }

  test('every finding cites its source', () => {
    const { findings } = checkIepReadiness({
      student: fourthGrader,
      content: emptyIepContent(),
      dates,
      asOf,
    });
    for (const f of findings) assert.ok(f.citation.length > 0, f.path);
  });

  test('weekly minutes: sessions a day count five school days a week', () => {
    assert.equal(weeklyMinutes({ frequency: 1, period: 'day', durationMinutes: 40 }), 200);
    assert.equal(weeklyMinutes({ frequency: 2, period: 'week', durationMinutes: 30 }), 60);
  });
});
