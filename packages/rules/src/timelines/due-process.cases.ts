import { ev, type RuleCase } from './testing.ts';

const SUFF = 'PSN, Sufficiency of complaint';
const parent = (date: string, extra: Record<string, unknown> = {}) =>
  ev('dp-complaint-received', date, { filedBy: 'parent', ...extra });
const district = (date: string) => ev('dp-complaint-received', date, { filedBy: 'district' });

export const dueProcessCases: readonly RuleCase[] = [
  {
    rule: 'dp-sufficiency-challenge-window',
    name: 'the receiving party may challenge sufficiency within 15 calendar days',
    source: SUFF,
    asOf: '2026-10-10',
    events: [parent('2026-10-05')],
    expect: [['2026-10-20', 'open', 'deemed sufficient']],
  },
  {
    rule: 'dp-sufficiency-challenge-window',
    name: 'a challenge on the 15th day is in time',
    source: SUFF,
    asOf: '2026-10-25',
    events: [parent('2026-10-05'), ev('dp-sufficiency-challenge', '2026-10-20')],
    expect: [['2026-10-20', 'met']],
  },
  {
    rule: 'dp-sufficiency-challenge-window',
    name: 'without a challenge by the 15th day the window has closed',
    source: SUFF,
    asOf: '2026-10-21',
    events: [district('2026-10-05')],
    expect: [['2026-10-20', 'overdue']],
  },
  {
    rule: 'dp-sufficiency-ruling',
    name: 'the hearing officer decides sufficiency within 5 calendar days of the challenge',
    source: SUFF,
    asOf: '2026-10-16',
    events: [parent('2026-10-05'), ev('dp-sufficiency-challenge', '2026-10-15')],
    expect: [['2026-10-20', 'open']],
  },
  {
    rule: 'dp-sufficiency-ruling',
    name: 'a ruling on the 5th day meets the deadline, across a month end',
    source: SUFF,
    asOf: '2026-11-05',
    events: [
      parent('2026-10-20'),
      ev('dp-sufficiency-challenge', '2026-10-29'),
      ev('dp-sufficiency-ruling', '2026-11-03'),
    ],
    expect: [['2026-11-03', 'met']],
  },
  {
    rule: 'dp-sufficiency-ruling',
    name: 'a ruling after the 5th day is late',
    source: SUFF,
    asOf: '2026-11-05',
    events: [
      parent('2026-10-20'),
      ev('dp-sufficiency-challenge', '2026-10-29'),
      ev('dp-sufficiency-ruling', '2026-11-04'),
    ],
    expect: [['2026-11-03', 'late']],
  },
  {
    rule: 'dp-response',
    name: 'the district responds within 10 calendar days and, without prior written notice, with the LEA response elements',
    source: 'PSN, LEA response',
    asOf: '2026-10-06',
    events: [parent('2026-10-05')],
    expect: [['2026-10-15', 'open', 'four elements of the LEA response']],
  },
  {
    rule: 'dp-response',
    name: 'prior written notice on the subject spares the district the LEA response elements',
    source: 'PSN, LEA response',
    asOf: '2026-10-20',
    events: [
      ev('prior-written-notice-sent', '2026-09-20'),
      parent('2026-10-05'),
      ev('dp-response-sent', '2026-10-14'),
    ],
    expect: [['2026-10-15', 'met', 'the district responds']],
  },
  {
    rule: 'dp-response',
    name: 'the parent responds to a district complaint within 10 calendar days',
    source: 'PSN, Other party response',
    asOf: '2026-10-20',
    events: [district('2026-10-05')],
    expect: [['2026-10-15', 'overdue', 'the parent responds']],
  },
  {
    rule: 'evidence-disclosure',
    name: 'evaluations are disclosed at least 5 business days before the hearing, skipping Columbus Day',
    source: 'PSN, Hearing rights',
    asOf: '2026-10-01',
    events: [ev('meeting-scheduled', '2026-10-19', { meeting: 'hearing' })],
    expect: [['2026-10-09', 'open']],
  },
  {
    rule: 'evidence-disclosure',
    name: 'the day after Thanksgiving is a business day, Thanksgiving is not',
    source: 'PSN, Hearing rights',
    asOf: '2026-11-01',
    events: [ev('meeting-scheduled', '2026-11-30', { meeting: 'hearing' })],
    expect: [['2026-11-20', 'open']],
  },
  {
    rule: 'evidence-disclosure',
    name: 'only hearings call for disclosure, counted back across Christmas',
    source: 'PSN, Hearing rights',
    asOf: '2026-12-01',
    events: [
      ev('meeting-scheduled', '2026-12-10', { meeting: 'iep' }),
      ev('meeting-scheduled', '2027-01-04', { meeting: 'hearing' }),
    ],
    expect: [['2026-12-24', 'open']],
  },
];
