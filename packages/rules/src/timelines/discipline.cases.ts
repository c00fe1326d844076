import { ev, type RuleCase } from './testing.ts';

const AUTHORITY = 'PSN, Authority of school personnel';
const COP = 'PSN, Change of placement because of disciplinary removals';
const removal = (date: string, schoolDays: number, reason = 'conduct') =>
  ev('removal', date, { schoolDays, reason });
const SERIES = [removal('2026-10-05', 5), removal('2026-10-19', 4), removal('2026-11-16', 3)];

export const disciplineCases: readonly RuleCase[] = [
  {
    rule: 'suspension-written-notice',
    name: 'written notice of a proposed short suspension is due within 24 hours',
    source: 'PSN, Rights that apply to all students',
    asOf: '2026-10-09',
    events: [{ type: 'suspension-proposed', at: '2026-10-09T15:00:00-04:00' }],
    expect: [['2026-10-10T15:00:00-04:00', 'open']],
  },
  {
    rule: 'suspension-written-notice',
    name: 'the 24 hours cross midnight at a month end',
    source: 'PSN, Rights that apply to all students',
    asOf: '2026-11-03',
    events: [{ type: 'suspension-proposed', date: '2026-10-31', at: '2026-10-31T23:30:00Z' }],
    expect: [['2026-11-01T23:30:00Z', 'met']],
  },
  {
    rule: 'suspension-written-notice',
    name: 'each proposed suspension has its own notice',
    source: 'PSN, Rights that apply to all students',
    asOf: '2026-10-01',
    events: [
      { type: 'suspension-proposed', at: '2026-10-05T08:00:00-04:00' },
      { type: 'suspension-proposed', at: '2026-10-02T10:15:00-04:00' },
    ],
    expect: [
      ['2026-10-03T10:15:00-04:00', 'open'],
      ['2026-10-06T08:00:00-04:00', 'open'],
    ],
  },
  {
    rule: 'manifestation-determination',
    name: 'the manifestation review is held within 10 school days of the decision',
    source: 'PSN, Manifestation determination',
    asOf: '2026-11-05',
    events: [ev('change-of-placement-decision', '2026-11-02')],
    expect: [['2026-11-18', 'open', '2 non-instructional days skipped']],
  },
  {
    rule: 'manifestation-determination',
    name: 'a review on the 10th school day is in time',
    source: 'PSN, Manifestation determination',
    asOf: '2026-11-20',
    events: [
      ev('change-of-placement-decision', '2026-11-02'),
      ev('manifestation-review-held', '2026-11-18'),
    ],
    expect: [['2026-11-18', 'met']],
  },
  {
    rule: 'manifestation-determination',
    name: 'the 10 school days skip winter recess',
    source: 'PSN, Manifestation determination',
    asOf: '2027-01-20',
    events: [ev('change-of-placement-decision', '2026-12-18')],
    expect: [['2027-01-12', 'overdue', '7 non-instructional days skipped']],
  },
  {
    rule: 'removal-services-required',
    name: 'services are required from the 11th cumulative school day of removal in a school year',
    source: AUTHORITY,
    asOf: '2026-11-01',
    events: SERIES,
    expect: [['2026-11-17', 'open', 'the 11th cumulative school day']],
  },
  {
    rule: 'removal-services-required',
    name: 'removals of 10 school days in all require no services',
    source: AUTHORITY,
    asOf: '2026-11-01',
    events: [removal('2026-10-05', 5), removal('2026-10-19', 5)],
    expect: [],
  },
  {
    rule: 'removal-services-required',
    name: 'the count starts again in a new school year',
    source: AUTHORITY,
    asOf: '2027-10-01',
    events: [removal('2027-06-14', 8), removal('2027-09-13', 4), removal('2027-09-20', 8)],
    expect: [['2027-09-28', 'met', 'school year 2027-28']],
  },
  {
    rule: 'removal-services-required',
    name: 'a removal dated on a Saturday starts on the next school day',
    source: AUTHORITY,
    asOf: '2026-10-01',
    events: [removal('2026-10-10', 12, 'conduct')],
    expect: [['2026-10-27', 'open']],
  },
  {
    rule: 'iaes-special-circumstances-end',
    name: 'a weapon removal to an interim setting lasts at most 45 school days',
    source: 'PSN, Special circumstances',
    asOf: '2026-11-01',
    events: [removal('2026-10-13', 45, 'weapon')],
    expect: [['2026-12-18', 'open']],
  },
  {
    rule: 'iaes-special-circumstances-end',
    name: 'the 45 school days run across winter recess for drugs',
    source: 'PSN, Special circumstances',
    asOf: '2026-12-01',
    events: [removal('2026-11-16', 45, 'drugs')],
    expect: [['2027-01-29', 'open']],
  },
  {
    rule: 'iaes-special-circumstances-end',
    name: 'a conduct removal has no special-circumstances limit',
    source: 'PSN, Special circumstances',
    asOf: '2026-12-01',
    events: [
      removal('2026-11-16', 12, 'conduct'),
      removal('2027-01-04', 5, 'serious-bodily-injury'),
    ],
    expect: [['2027-03-16', 'open']],
  },
  {
    rule: 'change-of-placement',
    name: 'a removal of more than 10 school days in a row is a change of placement',
    source: COP,
    asOf: '2026-11-01',
    events: [removal('2026-10-05', 11)],
    expect: [['2026-10-05', 'met', '11 school days in a row', 'change-of-placement']],
  },
  {
    rule: 'change-of-placement',
    name: 'a series of removals totalling more than 10 school days needs a pattern determination',
    source: COP,
    asOf: '2026-12-01',
    events: SERIES,
    expect: [['2026-11-17', 'needs-determination', 'pattern', 'possible-pattern']],
  },
  {
    rule: 'change-of-placement',
    name: 'removals of exactly 10 school days are not a change of placement',
    source: COP,
    asOf: '2026-12-01',
    events: [removal('2026-10-05', 10)],
    expect: [],
  },
];
