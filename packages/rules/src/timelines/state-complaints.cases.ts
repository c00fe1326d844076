import { ev, type RuleCase } from './testing.ts';

const complaint = (date: string, violationDate: string) =>
  ev('state-complaint-received', date, { violationDate });

export const stateComplaintCases: readonly RuleCase[] = [
  {
    rule: 'state-complaint-decision',
    name: 'NYSED decides a State complaint within 60 calendar days',
    source: 'PSN, Minimum State complaint procedures',
    asOf: '2026-10-15',
    events: [complaint('2026-10-01', '2026-09-15')],
    expect: [['2026-11-30', 'open']],
  },
  {
    rule: 'state-complaint-decision',
    name: 'a decision on the 60th day meets the limit',
    source: 'PSN, Minimum State complaint procedures',
    asOf: '2026-12-15',
    events: [complaint('2026-10-01', '2026-09-15'), ev('state-complaint-decision', '2026-11-30')],
    expect: [['2026-11-30', 'met']],
  },
  {
    rule: 'state-complaint-decision',
    name: '60 calendar days cross a leap day',
    source: 'PSN, Minimum State complaint procedures',
    asOf: '2028-05-01',
    events: [complaint('2028-01-15', '2027-12-01')],
    expect: [['2028-03-15', 'overdue']],
  },
  {
    rule: 'state-complaint-limitation',
    name: 'a violation exactly one year before receipt is within the limit',
    source: 'PSN, Filing a complaint',
    asOf: '2026-10-05',
    events: [complaint('2026-10-01', '2025-10-01')],
    expect: [['2026-10-01', 'met', undefined, 'within-limitation']],
  },
  {
    rule: 'state-complaint-limitation',
    name: 'a violation more than one year before receipt is outside the limit',
    source: 'PSN, Filing a complaint',
    asOf: '2026-10-05',
    events: [complaint('2026-10-02', '2025-10-01')],
    expect: [['2026-10-01', 'late', undefined, 'outside-limitation']],
  },
  {
    rule: 'state-complaint-limitation',
    name: 'a violation on a leap day has its year end on February 28',
    source: 'PSN, Filing a complaint',
    asOf: '2025-03-05',
    events: [complaint('2025-03-01', '2024-02-29')],
    expect: [['2025-02-28', 'late']],
  },
];
