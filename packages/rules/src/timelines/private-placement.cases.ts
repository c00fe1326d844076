import { ev, type RuleCase } from './testing.ts';

const LIMIT = 'PSN, Limitation on reimbursement';

export const privatePlacementCases: readonly RuleCase[] = [
  {
    rule: 'unilateral-placement-notice',
    name: 'the parent gives written notice at least 10 business days before removal, holidays counted',
    source: LIMIT,
    asOf: '2027-01-10',
    events: [
      ev('parent-notice-of-private-placement', '2027-01-05'),
      ev('unilateral-placement-removal', '2027-01-20'),
    ],
    expect: [['2027-01-06', 'met', 'holidays included']],
  },
  {
    rule: 'unilateral-placement-notice',
    name: 'a notice fewer than 10 business days before removal is late',
    source: LIMIT,
    asOf: '2027-01-25',
    events: [
      ev('parent-notice-of-private-placement', '2027-01-08'),
      ev('unilateral-placement-removal', '2027-01-20'),
    ],
    expect: [['2027-01-06', 'late']],
  },
  {
    rule: 'unilateral-placement-notice',
    name: 'before the latest notice day, the notice is still open',
    source: LIMIT,
    asOf: '2027-01-04',
    events: [ev('unilateral-placement-removal', '2027-01-20')],
    expect: [['2027-01-06', 'open']],
  },
  {
    rule: 'unilateral-placement-notice',
    name: 'a removal in summer is counted without a school calendar',
    source: LIMIT,
    calendar: 'one-year',
    asOf: '2027-08-01',
    events: [ev('unilateral-placement-removal', '2027-09-01')],
    expect: [['2027-08-18', 'open']],
  },
];
