import { ev, type RuleCase } from './testing.ts';

const ACCESS = 'PSN, Access Rights (34 CFR 300.613)';

export const recordsCases: readonly RuleCase[] = [
  {
    rule: 'records-inspection',
    name: 'records are made available no more than 45 calendar days after the request',
    source: ACCESS,
    asOf: '2026-10-20',
    events: [ev('records-request', '2026-10-01')],
    expect: [['2026-11-15', 'open', '45 calendar days after records-request on 2026-10-01']],
  },
  {
    rule: 'records-inspection',
    name: 'records are made available before any meeting regarding an IEP',
    source: ACCESS,
    asOf: '2026-10-25',
    events: [
      ev('records-request', '2026-10-01'),
      ev('meeting-scheduled', '2026-10-20', { meeting: 'iep' }),
      ev('records-inspection-provided', '2026-10-21'),
    ],
    expect: [['2026-10-19', 'late', 'the day before the iep meeting on 2026-10-20']],
  },
  {
    rule: 'records-inspection',
    name: 'a meeting held before the request does not bring the deadline forward',
    source: ACCESS,
    asOf: '2026-12-01',
    events: [
      ev('meeting-scheduled', '2026-09-30', { meeting: 'hearing' }),
      ev('records-request', '2026-10-01'),
      ev('records-inspection-provided', '2026-11-15'),
    ],
    expect: [['2026-11-15', 'met']],
  },
  {
    rule: 'records-inspection',
    name: 'a meeting later than 45 days leaves the 45-day limit, and each request has its own deadline',
    source: ACCESS,
    asOf: '2027-01-20',
    events: [
      ev('records-request', '2026-10-01'),
      ev('records-inspection-provided', '2026-10-10'),
      ev('records-request', '2026-12-01'),
      ev('meeting-scheduled', '2027-03-01', { meeting: 'resolution' }),
    ],
    expect: [
      ['2026-11-15', 'met'],
      ['2027-01-15', 'overdue'],
    ],
  },
];
