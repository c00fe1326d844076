import { ev, type RuleCase } from './testing.ts';

const PLAN = 'PLAN, Implementation of school-wide approaches';

export const referralCases: readonly RuleCase[] = [
  {
    rule: 'referral-admin-meeting',
    name: 'the building administrator may ask for a meeting within 10 school days of the referral',
    source: PLAN,
    asOf: '2026-09-20',
    events: [ev('referral-received', '2026-09-15')],
    expect: [['2026-09-30', 'open', '1 non-instructional day skipped']],
  },
  {
    rule: 'referral-admin-meeting',
    name: 'the window skips the winter recess, and once it has passed it is closed',
    source: PLAN,
    asOf: '2027-01-13',
    events: [ev('referral-received', '2026-12-18')],
    expect: [['2027-01-12', 'met', '10 school days after referral-received on 2026-12-18']],
  },
  {
    rule: 'referral-admin-meeting',
    name: 'a referral received on a Saturday counts from the Monday after',
    source: PLAN,
    asOf: '2026-10-01',
    events: [ev('referral-received', '2026-09-26')],
    expect: [['2026-10-09', 'open']],
  },
  {
    rule: 'referral-admin-meeting',
    name: 'a referral before the first listed school year cannot be counted',
    source: PLAN,
    calendar: 'one-year',
    asOf: '2026-09-01',
    events: [ev('referral-received', '2026-08-20')],
    expect: /does not list school days before 2026-09-10/,
  },
];
