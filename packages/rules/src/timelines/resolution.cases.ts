import { ev, type RuleCase } from './testing.ts';

const MEETING = 'PSN, Resolution meeting';
const PERIOD = 'PSN, Resolution period; Adjustments to the 30-calendar-day resolution period';
const parent = (date: string, extra: Record<string, unknown> = {}) =>
  ev('dp-complaint-received', date, { filedBy: 'parent', ...extra });

export const resolutionCases: readonly RuleCase[] = [
  {
    rule: 'dp-resolution-meeting',
    name: 'the resolution meeting is held within 15 calendar days of the complaint',
    source: MEETING,
    asOf: '2026-10-25',
    events: [parent('2026-10-05'), ev('resolution-meeting-held', '2026-10-19')],
    expect: [['2026-10-20', 'met']],
  },
  {
    rule: 'dp-resolution-meeting',
    name: 'an amended complaint restarts the 15 days',
    source: MEETING,
    asOf: '2026-10-25',
    events: [parent('2026-10-05'), ev('dp-complaint-amended', '2026-10-15')],
    expect: [['2026-10-30', 'open', 'dp-complaint-amended on 2026-10-15']],
  },
  {
    rule: 'dp-resolution-meeting',
    name: 'an expedited complaint needs the meeting within 7 calendar days',
    source: 'PSN, Appeal',
    asOf: '2026-10-13',
    events: [parent('2026-10-05', { expedited: true })],
    expect: [['2026-10-12', 'overdue']],
  },
  {
    rule: 'dp-resolution-meeting',
    name: 'no meeting is needed once both waive it or mediation starts',
    source: MEETING,
    asOf: '2026-10-25',
    events: [parent('2026-10-05'), ev('mediation-started', '2026-10-08')],
    expect: [[null, 'not-applicable', 'mediation-started']],
  },
  {
    rule: 'dp-resolution-meeting',
    name: 'a district complaint has no resolution meeting',
    source: MEETING,
    asOf: '2026-10-25',
    events: [ev('dp-complaint-received', '2026-10-05', { filedBy: 'district' })],
    expect: [[null, 'not-applicable']],
  },
  {
    rule: 'dp-resolution-period',
    name: 'the resolution period lasts 30 calendar days from the complaint',
    source: PERIOD,
    asOf: '2026-10-25',
    events: [parent('2026-10-05')],
    expect: [['2026-11-04', 'open']],
  },
  {
    rule: 'dp-resolution-period',
    name: 'a written waiver ends the period that day',
    source: PERIOD,
    asOf: '2026-10-25',
    events: [parent('2026-10-05'), ev('resolution-waived', '2026-10-10')],
    expect: [['2026-10-10', 'met', 'ended early by resolution-waived on 2026-10-10']],
  },
  {
    rule: 'dp-resolution-period',
    name: 'agreeing in writing that no agreement is possible ends the period that day',
    source: PERIOD,
    asOf: '2026-10-25',
    events: [
      parent('2026-10-05'),
      ev('mediation-started', '2026-10-08'),
      ev('resolution-no-agreement', '2026-10-20'),
    ],
    expect: [['2026-10-20', 'met']],
  },
  {
    rule: 'dp-resolution-period',
    name: 'mediation continued at the end of the period lasts until a party withdraws',
    source: PERIOD,
    asOf: '2026-12-10',
    events: [
      parent('2026-10-05'),
      ev('mediation-started', '2026-10-08'),
      ev('mediation-continued', '2026-11-04'),
      ev('mediation-withdrawn', '2026-12-01'),
    ],
    expect: [['2026-12-01', 'met', 'until mediation-withdrawn on 2026-12-01']],
  },
  {
    rule: 'dp-resolution-period',
    name: 'continued mediation without a withdrawal has no end date yet',
    source: PERIOD,
    asOf: '2026-12-10',
    events: [
      parent('2026-10-05'),
      ev('mediation-started', '2026-10-08'),
      ev('mediation-continued', '2026-11-04'),
    ],
    expect: [[null, 'open']],
  },
  {
    rule: 'dp-resolution-period',
    name: 'an expedited complaint has a 15-day period, restarted by an amendment',
    source: 'PSN, Appeal',
    asOf: '2026-10-10',
    events: [parent('2026-10-01', { expedited: true }), ev('dp-complaint-amended', '2026-10-06')],
    expect: [['2026-10-21', 'open']],
  },
  {
    rule: 'resolution-agreement-void-window',
    name: 'either party may void the agreement within 3 business days, Thanksgiving skipped',
    source: 'PSN, Agreement review period',
    asOf: '2026-11-25',
    events: [parent('2026-11-01'), ev('resolution-agreement-signed', '2026-11-25')],
    expect: [['2026-12-01', 'open']],
  },
  {
    rule: 'resolution-agreement-void-window',
    name: 'the void window skips Martin Luther King Day',
    source: 'PSN, Agreement review period',
    asOf: '2027-01-15',
    events: [ev('resolution-agreement-signed', '2027-01-15')],
    expect: [['2027-01-21', 'open']],
  },
  {
    rule: 'resolution-agreement-void-window',
    name: 'once 3 business days have passed the agreement can no longer be voided',
    source: 'PSN, Agreement review period',
    asOf: '2026-10-20',
    events: [ev('resolution-agreement-signed', '2026-10-09')],
    expect: [['2026-10-15', 'met']],
  },
];
