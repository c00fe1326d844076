import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { day, isoDate } from '../calendar/days.ts';
import type { DeliveryAlertKind } from './alerts.ts';
import { checkNotStarted, checkProviderGap, checkUnderDelivery, deliveryAlerts } from './alerts.ts';
import type { DeliveryService } from './service-days.ts';
import { cal, service, session } from './testing.ts';
import type { DeliverySession } from './totals.ts';
import type { DeliverySettings } from './window.ts';
import { recentSchoolWeeks } from './window.ts';

const PREK = 'PREK, Contact Information: "services have not started"';
const PREK_STOPPED = 'PREK, Contact Information: "a provider has stopped seeing a child"';
const UNDER = 'PLAN, Related Services: as on the IEP; PREK, Contact Information';

const settings: DeliverySettings = {
  notStartedSchoolDays: 5,
  providerGapSchoolDays: 10,
  underDeliveryPercent: 80,
  underDeliveryWeeks: 4,
};

const missed = (date: string, reason: DeliverySession['missedReason']) =>
  session(date, { status: 'missed', minutes: 0, missedReason: reason });

type Check = typeof checkNotStarted;
interface Case {
  name: string;
  source: string;
  service: DeliveryService;
  sessions: DeliverySession[];
  asOf: string;
  fires: boolean;
  facts?: Record<string, string | number>;
}
function run(check: Check, kind: DeliveryAlertKind, cases: Case[]) {
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = check(cal, c.service, c.sessions, day(c.asOf), settings);
      assert.deepEqual(
        found.map((a) => a.kind),
        c.fires ? [kind] : [],
      );
      for (const [key, value] of Object.entries(c.facts ?? {}))
        assert.equal(found[0]?.facts[key], value, key);
    });
  }
}

// Taking effect Monday 2026-11-09, 5 school days later (Veterans Day 11-11 skipped) is 11-17.
const fromNov9 = service({ startsOn: day('2026-11-09') });

describe('services not started within the district-set school days', () => {
  run(checkNotStarted, 'services-not-started', [
    {
      name: 'no session on the 5th school day after it took effect: not yet late',
      source: PREK,
      service: fromNov9,
      sessions: [],
      asOf: '2026-11-17',
      fires: false,
    },
    {
      name: 'no session after the 5th school day: not started',
      source: PREK,
      service: fromNov9,
      sessions: [],
      asOf: '2026-11-18',
      fires: true,
      facts: { dueBy: '2026-11-17', startsOn: '2026-11-09', schoolDays: 5 },
    },
    {
      name: 'a delivered session means it started',
      source: PREK,
      service: fromNov9,
      sessions: [session('2026-11-16')],
      asOf: '2026-11-18',
      fires: false,
    },
    {
      name: 'a session the student missed is not a start',
      source: PREK,
      service: fromNov9,
      sessions: [missed('2026-11-16', 'student-absent')],
      asOf: '2026-11-18',
      fires: true,
    },
    {
      name: 'a service that has ended is not checked',
      source: PREK,
      service: service({ startsOn: day('2026-11-09'), endsOn: day('2026-11-13') }),
      sessions: [],
      asOf: '2026-11-18',
      fires: false,
    },
  ]);
});

describe('a provider with no session for the district-set school days', () => {
  // After 11-02, the 10th school day is 11-18 (Election Day and Veterans Day skipped).
  run(checkProviderGap, 'provider-stopped', [
    {
      name: '9 school days since the last session, today not counted',
      source: PREK_STOPPED,
      service: service(),
      sessions: [session('2026-11-02')],
      asOf: '2026-11-18',
      fires: false,
    },
    {
      name: '10 school days since the last session',
      source: PREK_STOPPED,
      service: service(),
      sessions: [session('2026-11-02')],
      asOf: '2026-11-19',
      fires: true,
      facts: { lastSessionOn: '2026-11-02', schoolDaysSince: 10, providerId: 'p1' },
    },
    {
      name: 'sessions the provider missed do not count as seeing the child',
      source: PREK_STOPPED,
      service: service(),
      sessions: [session('2026-11-02'), missed('2026-11-16', 'provider-absent')],
      asOf: '2026-11-19',
      fires: true,
    },
    {
      name: 'a session the student missed shows the provider still comes',
      source: PREK_STOPPED,
      service: service(),
      sessions: [session('2026-11-02'), missed('2026-11-16', 'student-absent')],
      asOf: '2026-11-19',
      fires: false,
    },
    {
      name: 'a service never started is the other alert, not this one',
      source: PREK_STOPPED,
      service: service(),
      sessions: [],
      asOf: '2026-11-19',
      fires: false,
    },
  ]);
});

describe('chronic under-delivery over the last school weeks', () => {
  // Twice a week for 30 minutes; the 4 complete school weeks before 11-18 owe 240 minutes.
  const weeks = [
    '2026-10-19',
    '2026-10-20',
    '2026-10-26',
    '2026-10-27',
    '2026-11-02',
    '2026-11-04',
  ];
  run(checkUnderDelivery, 'under-delivery', [
    {
      name: '180 of 240 minutes (75%) is below 80%',
      source: UNDER,
      service: service(),
      sessions: weeks.map((d) => session(d)),
      asOf: '2026-11-18',
      fires: true,
      facts: { mandated: 240, delivered: 180, percent: 75, from: '2026-10-19', weeks: 4 },
    },
    {
      name: 'a make-up session counts: 210 of 240 (87%) is not chronic under-delivery',
      source: UNDER,
      service: service(),
      sessions: [...weeks.map((d) => session(d)), session('2026-11-12', { status: 'make-up' })],
      asOf: '2026-11-18',
      fires: false,
    },
    {
      name: 'the week under way is not judged',
      source: UNDER,
      service: service({ startsOn: day('2026-11-16') }),
      sessions: [],
      asOf: '2026-11-18',
      fires: false,
    },
    {
      name: 'a service in effect for one week is judged on that week',
      source: UNDER,
      service: fromNov9,
      sessions: [],
      asOf: '2026-11-18',
      fires: true,
      facts: { weeks: 1, mandated: 60, delivered: 0 },
    },
  ]);

  test(`the window stops where the calendar begins (${UNDER})`, () => {
    const window = recentSchoolWeeks(
      cal,
      service({ startsOn: day('2025-06-02') }),
      day('2025-09-24'),
      4,
    );
    assert.deepEqual(window.mondays.map(isoDate), ['2025-09-08', '2025-09-15']);
  });

  test(`weeks of winter recess are skipped: the window reaches back before it (${UNDER})`, () => {
    const window = recentSchoolWeeks(cal, service(), day('2027-01-06'), 4);
    assert.deepEqual(window.mondays.map(isoDate), [
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
    ]);
  });
});

test(`every alert of a service, in order (${PREK})`, () => {
  const alerts = deliveryAlerts(cal, fromNov9, [], day('2026-11-18'), settings);
  assert.deepEqual(
    alerts.map((a) => a.kind),
    ['services-not-started', 'under-delivery'],
  );
  for (const a of alerts) assert.match(a.citation, /PREK/);
});
