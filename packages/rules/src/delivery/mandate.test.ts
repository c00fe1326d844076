import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { day, isoDate } from '../calendar/days.ts';
import { CalendarCoverageError } from '../calendar/errors.ts';
import { mandatedMinutes } from './mandate.ts';
import type { DeliveryService } from './service-days.ts';
import { effectiveStart } from './service-days.ts';
import { cal, service, session } from './testing.ts';
import { deliveryTotals, monthlyTotals, weeklyTotals } from './totals.ts';

// The 2026-27 school year of the NYC-style calendar: November 2026 has 17 school days (Election
// Day 11-03, Veterans Day 11-11, Thanksgiving 11-26 and 11-27 are closed); December 2026 has
// 17 (winter recess from 12-24).
const RELATED = 'PLAN, Related Services (frequency and duration as on the IEP)';
const SEIT_D = 'PLAN, Special Education Itinerant Services (d)';
const ESY = 'PLAN, Extended School Year (12-month services)';

describe('mandated minutes over the school calendar', () => {
  const cases: {
    name: string;
    source: string;
    service: DeliveryService;
    from: string;
    through: string;
    minutes: number;
  }[] = [
    {
      name: 'once a day for 30 minutes, in a week with Veterans Day: 4 school days',
      source: RELATED,
      service: service({ frequency: 1, period: 'day' }),
      from: '2026-11-09',
      through: '2026-11-15',
      minutes: 120,
    },
    {
      name: 'twice a week for 30 minutes: the holiday week still owes the whole week',
      source: RELATED,
      service: service(),
      from: '2026-11-09',
      through: '2026-11-15',
      minutes: 60,
    },
    {
      name: 'twice a week: a week of winter recess owes nothing',
      source: RELATED,
      service: service(),
      from: '2026-12-28',
      through: '2027-01-03',
      minutes: 0,
    },
    {
      name: 'four times a month: a full November owes 120 minutes',
      source: RELATED,
      service: service({ frequency: 4, period: 'month' }),
      from: '2026-11-01',
      through: '2026-11-30',
      minutes: 120,
    },
    {
      name: 'four times a month: a week of 5 of the 17 school days owes 5/17 of it',
      source: RELATED,
      service: service({ frequency: 4, period: 'month' }),
      from: '2026-11-16',
      through: '2026-11-22',
      minutes: (120 * 5) / 17,
    },
    {
      name: 'four times a month: a week across November and December takes a share of each',
      source: RELATED,
      service: service({ frequency: 4, period: 'month' }),
      from: '2026-11-30',
      through: '2026-12-06',
      minutes: 120 / 17 + (120 * 4) / 17,
    },
    {
      name: 'once a day over November: its 17 school days',
      source: SEIT_D,
      service: service({ program: 'seit', frequency: 1, period: 'day', durationMinutes: 30 }),
      from: '2026-11-01',
      through: '2026-11-30',
      minutes: 510,
    },
    {
      name: 'a weekly service taking effect on a Thursday owes that week 2 of its 5 days',
      source: RELATED,
      service: service({ startsOn: day('2026-11-19') }),
      from: '2026-11-16',
      through: '2026-11-22',
      minutes: 24,
    },
    {
      name: 'nothing is owed after the IEP end date',
      source: RELATED,
      service: service({ frequency: 1, period: 'day', endsOn: day('2026-11-17') }),
      from: '2026-11-16',
      through: '2026-11-22',
      minutes: 60,
    },
    {
      name: 'a 12-month service is owed on July workdays (Independence Day observed 07-05)',
      source: ESY,
      service: service({ frequency: 1, period: 'day', twelveMonth: true }),
      from: '2027-07-05',
      through: '2027-07-11',
      minutes: 120,
    },
    {
      name: 'a 10-month service owes nothing in July',
      source: ESY,
      service: service({ frequency: 1, period: 'day' }),
      from: '2027-07-05',
      through: '2027-07-11',
      minutes: 0,
    },
    {
      name: 'a 12-month service owes nothing in the last days of June after school ends',
      source: ESY,
      service: service({ frequency: 1, period: 'day', twelveMonth: true }),
      from: '2027-06-28',
      through: '2027-06-30',
      minutes: 0,
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const minutes = mandatedMinutes(cal, c.service, day(c.from), day(c.through));
      assert.ok(Math.abs(minutes - c.minutes) < 1e-9, `${minutes} is not ${c.minutes}`);
    });
  }

  test('a month the calendar does not cover cannot be counted (no guess)', () => {
    assert.throws(
      () =>
        mandatedMinutes(
          cal,
          service({ period: 'month', startsOn: day('2028-06-01') }),
          day('2028-06-01'),
          day('2028-06-07'),
        ),
      CalendarCoverageError,
    );
  });
});

describe('the day a service takes effect', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    [
      'the implementation date, when the service starts earlier',
      '2026-12-01',
      '2026-11-01',
      '2026-12-01',
    ],
    ['the service start, when it is later', '2026-12-01', '2027-01-04', '2027-01-04'],
    [
      'the service start, when the version has no implementation date',
      null,
      '2027-01-04',
      '2027-01-04',
    ],
    ['unknown, when neither is given', null, null, null],
  ];
  for (const [name, implementation, start, expected] of cases) {
    test(`${name} (PREK, Accessibility and Storage: "prior to initiation of IEP recommendations")`, () => {
      const got = effectiveStart(
        implementation === null ? null : day(implementation),
        start === null ? null : day(start),
      );
      assert.equal(got === null ? null : isoDate(got), expected);
    });
  }
});

describe('delivered, missed and make-up against the mandate', () => {
  const sessions = [
    session('2026-11-09'),
    session('2026-11-10', { status: 'missed', minutes: 0, missedReason: 'student-absent' }),
    session('2026-11-12', { status: 'make-up', minutes: 30 }),
    session('2026-11-17', { status: 'missed', minutes: 0, missedReason: 'provider-absent' }),
    session('2026-11-18'),
    // Before the service took effect in the last case: not delivery of it.
    session('2026-11-02'),
  ];
  const cases: {
    name: string;
    source: string;
    service: DeliveryService;
    from: string;
    through: string;
    expect: { mandated: number; delivered: number; makeUp: number; percent: number | null };
    missed?: Partial<Record<string, number>>;
  }[] = [
    {
      name: 'a holiday week: one delivered and one make-up meet twice a week',
      source: RELATED,
      service: service(),
      from: '2026-11-09',
      through: '2026-11-15',
      expect: { mandated: 60, delivered: 30, makeUp: 30, percent: 100 },
      missed: { 'student-absent': 1 },
    },
    {
      name: 'a week with one session of two delivered is at 50%',
      source: RELATED,
      service: service(),
      from: '2026-11-16',
      through: '2026-11-22',
      expect: { mandated: 60, delivered: 30, makeUp: 0, percent: 50 },
      missed: { 'provider-absent': 1 },
    },
    {
      name: 'sessions before the service took effect are not counted',
      source: RELATED,
      service: service({ startsOn: day('2026-11-09') }),
      from: '2026-11-02',
      through: '2026-11-08',
      expect: { mandated: 0, delivered: 0, makeUp: 0, percent: null },
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const totals = deliveryTotals(cal, c.service, sessions, day(c.from), day(c.through));
      assert.deepEqual(
        {
          mandated: totals.mandated,
          delivered: totals.delivered,
          makeUp: totals.makeUp,
          percent: totals.percent,
        },
        c.expect,
      );
      for (const [reason, count] of Object.entries(c.missed ?? {}))
        assert.equal(totals.missed[reason as keyof typeof totals.missed], count);
    });
  }

  test(`recesses and summer are skipped: the school weeks and months before them are shown (${RELATED})`, () => {
    const weeks = weeklyTotals(cal, service(), sessions, day('2027-01-06'), 3);
    assert.deepEqual(
      weeks.map((w) => isoDate(w.from)),
      ['2026-12-14', '2026-12-21', '2027-01-04'],
    );
    const months = monthlyTotals(cal, service(), sessions, day('2027-09-02'), 3);
    assert.deepEqual(
      months.map((m) => [isoDate(m.from), m.serviceDays > 0]),
      [
        ['2027-05-01', true],
        ['2027-06-01', true],
        ['2027-09-01', true],
      ],
    );
  });

  test(`weeks and months end with the one under way, oldest first (${RELATED})`, () => {
    const asOf = day('2026-11-18');
    const weeks = weeklyTotals(cal, service(), sessions, asOf, 3);
    assert.deepEqual(
      weeks.map((w) => [isoDate(w.from), w.serviceDays, w.mandated, w.delivered, w.current]),
      [
        ['2026-11-02', 4, 60, 30, false],
        ['2026-11-09', 4, 60, 30, false],
        ['2026-11-16', 5, 60, 30, true],
      ],
    );
    const months = monthlyTotals(cal, service({ frequency: 1, period: 'day' }), sessions, asOf, 2);
    assert.deepEqual(
      months.map((m) => [
        isoDate(m.from),
        isoDate(m.through),
        m.serviceDays,
        m.mandated,
        m.current,
      ]),
      [
        ['2026-10-01', '2026-10-31', 21, 630, false],
        ['2026-11-01', '2026-11-30', 17, 510, true],
      ],
    );
  });
});
