import { ev, type RuleCase } from './testing.ts';

const DP = 'PSN, Filing a due process complaint';
const PSN = 'PSN, opening section';
const complaint = (date: string, extra: Record<string, unknown>) =>
  ev('dp-complaint-received', date, { filedBy: 'parent', ...extra });
const reeval = (date: string, extra: Record<string, unknown> = {}) =>
  ev('reevaluation-requested', date, extra);

export const checkCases: readonly RuleCase[] = [
  {
    rule: 'dp-limitation',
    name: 'a violation two years before the complaint is within the limitation',
    source: DP,
    asOf: '2026-10-05',
    events: [complaint('2026-10-01', { violationDate: '2024-10-01' })],
    expect: [['2026-10-01', 'met', undefined, 'within-limitation']],
  },
  {
    rule: 'dp-limitation',
    name: 'an older violation is within the limitation if the complainant knew of it recently',
    source: DP,
    asOf: '2026-11-05',
    events: [
      complaint('2026-11-01', { violationDate: '2024-10-01', knewOrShouldHaveKnown: '2025-01-15' }),
    ],
    expect: [['2026-10-01', 'met']],
  },
  {
    rule: 'dp-limitation',
    name: 'when the knew-or-should-have-known date is missing, people decide',
    source: DP,
    asOf: '2026-11-05',
    events: [complaint('2026-11-01', { violationDate: '2024-10-01' })],
    expect: [['2026-10-01', 'needs-determination', undefined, 'knew-date-needed']],
  },
  {
    rule: 'dp-limitation',
    name: 'a violation more than 2 years before the complainant knew is outside, unless an exception applies',
    source: DP,
    asOf: '2027-01-05',
    events: [
      complaint('2027-01-01', { violationDate: '2024-10-01', knewOrShouldHaveKnown: '2026-10-15' }),
    ],
    expect: [['2026-10-01', 'late', 'misrepresentation', 'outside-limitation']],
  },
  {
    rule: 'dp-limitation',
    name: 'a complaint without a violation date cannot be checked',
    source: DP,
    asOf: '2026-10-05',
    events: [complaint('2026-10-01', {})],
    expect: [[null, 'needs-determination', undefined, 'violation-date-unknown']],
  },
  {
    rule: 'preschool-reevaluation-frequency',
    name: 'a second preschool reevaluation within a year needs a written agreement',
    source: 'PSN NYC addendum, Preschool Timelines, Reevaluation',
    level: 'preschool',
    asOf: '2026-10-05',
    events: [reeval('2026-01-10'), reeval('2026-10-01')],
    expect: [
      ['2027-01-10', 'needs-determination', undefined, 'written-agreement-unknown'],
      [null, 'met', undefined, 'first-reevaluation'],
    ],
  },
  {
    rule: 'preschool-reevaluation-frequency',
    name: 'parent and CPSE may agree in writing to reevaluate sooner',
    source: 'PSN NYC addendum, Preschool Timelines, Reevaluation',
    level: 'preschool',
    asOf: '2026-10-05',
    events: [reeval('2026-01-10'), reeval('2026-10-01', { agreedInWriting: true })],
    expect: [
      ['2027-01-10', 'met', 'agreed in writing', 'agreed-in-writing'],
      [null, 'met'],
    ],
  },
  {
    rule: 'preschool-reevaluation-frequency',
    name: 'a reevaluation a full year after the last is once a year; sooner without agreement is not',
    source: 'PSN NYC addendum, Preschool Timelines, Reevaluation',
    level: 'preschool',
    asOf: '2027-03-05',
    events: [
      reeval('2026-01-10'),
      reeval('2027-01-10'),
      reeval('2027-03-01', { agreedInWriting: false }),
    ],
    expect: [
      ['2027-01-10', 'met', undefined, 'once-a-year'],
      ['2028-01-10', 'late', undefined, 'more-than-once-a-year'],
      [null, 'met'],
    ],
  },
  {
    rule: 'esy-regression',
    name: 'a review period of 8 weeks or more indicates substantial regression',
    source: 'PLAN, Extended School Year',
    asOf: '2026-11-01',
    events: [ev('esy-review-period', '2026-10-30', { weeks: 8 })],
    expect: [
      [null, 'needs-determination', 'the Committee decides', 'substantial-regression-indicated'],
    ],
  },
  {
    rule: 'esy-regression',
    name: 'a review within the typical 20 to 40 school days does not',
    source: 'PLAN, Extended School Year',
    asOf: '2026-11-01',
    events: [ev('esy-review-period', '2026-10-30', { weeks: 6 })],
    expect: [[null, 'not-applicable', undefined, 'within-typical-review-period']],
  },
  {
    rule: 'esy-regression',
    name: 'a long review period is flagged for the Committee',
    source: 'PLAN, Extended School Year',
    asOf: '2026-11-01',
    events: [ev('esy-review-period', '2026-11-01', { weeks: 10.5 })],
    expect: [[null, 'needs-determination', '10.5 weeks']],
  },
  {
    rule: 'psn-annual',
    name: 'the notice is given upon initial referral and then once a year',
    source: PSN,
    asOf: '2027-10-01',
    events: [
      ev('referral-received', '2026-09-15'),
      ev('procedural-safeguards-notice-given', '2026-09-15'),
    ],
    expect: [
      ['2026-09-15', 'met', undefined, 'notice-on-trigger'],
      ['2027-09-15', 'overdue', undefined, 'annual-notice'],
    ],
  },
  {
    rule: 'psn-annual',
    name: 'only the first due process complaint in a school year calls for the notice',
    source: PSN,
    asOf: '2026-12-05',
    events: [
      ev('procedural-safeguards-notice-given', '2026-10-05'),
      complaint('2026-10-05', {}),
      complaint('2026-12-01', {}),
    ],
    expect: [
      ['2026-10-05', 'met'],
      ['2027-10-05', 'open'],
    ],
  },
  {
    rule: 'psn-annual',
    name: 'a disciplinary change of placement calls for the notice the same day',
    source: PSN,
    asOf: '2026-11-05',
    events: [
      ev('change-of-placement-decision', '2026-11-02'),
      ev('procedural-safeguards-notice-given', '2026-11-03'),
    ],
    expect: [
      ['2026-11-02', 'late'],
      ['2027-11-03', 'open'],
    ],
  },
];
