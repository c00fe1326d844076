import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { day, type Day } from '../calendar/days.ts';
import { checkSeitCaseloads, checkSessionGroupSizes, checkWeeklyMinimums } from './limits.ts';
import type { DeliveryService } from './service-days.ts';
import type { DeliverySession } from './totals.ts';
import { cal, service as aService, session as aSession } from './testing.ts';

const SEIT = 'PLAN, Special Education Itinerant Services';
const RR = 'PLAN, Resource Room';
const RELATED = 'PLAN, Related Services';

/** SEIT for an hour twice a week, one to one, and its hour-long sessions. */
const service = (over: Partial<DeliveryService> = {}) =>
  aService({ program: 'seit', durationMinutes: 60, groupSize: 1, ...over });
const session = (date: string, over: Partial<DeliverySession> = {}) =>
  aSession(date, { minutes: 60, ...over });

describe('weekly minimums on delivered time', () => {
  const weeks: Day[] = [day('2026-11-09'), day('2026-11-16')];
  const cases: {
    name: string;
    source: string;
    service: DeliveryService;
    sessions: DeliverySession[];
    checks: string[];
  }[] = [
    {
      name: 'SEIT: two hours delivered each week meets the minimum',
      source: `${SEIT} (b)`,
      service: service(),
      sessions: ['2026-11-09', '2026-11-12', '2026-11-16', '2026-11-18'].map((d) => session(d)),
      checks: [],
    },
    {
      name: 'SEIT: 90 minutes delivered in a week is less than two hours',
      source: `${SEIT} (b)`,
      service: service(),
      sessions: [
        session('2026-11-09'),
        session('2026-11-12', { minutes: 30 }),
        session('2026-11-16'),
        session('2026-11-18'),
      ],
      checks: ['seit-weekly-service'],
    },
    {
      name: 'SEIT: a make-up session counts toward the week',
      source: `${SEIT} (b)`,
      service: service(),
      sessions: [
        session('2026-11-09'),
        session('2026-11-10', { status: 'missed', minutes: 0, missedReason: 'student-absent' }),
        session('2026-11-13', { status: 'make-up' }),
        session('2026-11-16', { minutes: 120 }),
      ],
      checks: [],
    },
    {
      name: 'resource room: 150 minutes in a week is less than three hours',
      source: RR,
      service: service({ program: 'resource-room', frequency: 5, durationMinutes: 45 }),
      sessions: [
        ...['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13'].map((d) =>
          session(d, { minutes: 45 }),
        ),
        ...['2026-11-16', '2026-11-17'].map((d) => session(d, { minutes: 75 })),
      ],
      checks: ['resource-room-weekly-instruction'],
    },
    {
      name: 'a week the service only partly covered is not judged',
      source: `${SEIT} (b)`,
      service: service({ startsOn: day('2026-11-12') }),
      sessions: ['2026-11-16', '2026-11-18'].map((d) => session(d)),
      checks: [],
    },
    {
      name: 'related services carry no weekly minimum of their own',
      source: RELATED,
      service: service({ program: 'related-service' }),
      sessions: [],
      checks: [],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkWeeklyMinimums(cal, c.service, c.sessions, weeks);
      assert.deepEqual(
        found.map((v) => v.check),
        c.checks,
      );
      for (const v of found) assert.equal(v.facts.serviceId, 'svc');
    });
  }
});

describe('group sizes of delivered sessions', () => {
  const cases: {
    name: string;
    source: string;
    service: DeliveryService;
    sessions: DeliverySession[];
    checks: string[];
  }[] = [
    {
      name: 'resource room: a group of 5 is within the limit',
      source: RR,
      service: service({ program: 'resource-room', groupSize: 5 }),
      sessions: [session('2026-11-09', { groupSize: 5 })],
      checks: [],
    },
    {
      name: 'resource room: a group of 6 is over 5 at any one time',
      source: RR,
      service: service({ program: 'resource-room', groupSize: 5 }),
      sessions: [session('2026-11-09', { groupSize: 6 })],
      checks: ['resource-room-group-size'],
    },
    {
      name: 'related service: a group of 3 where the IEP says 2 is too large',
      source: RELATED,
      service: service({ program: 'related-service', groupSize: 2 }),
      sessions: [session('2026-11-09', { groupSize: 3 }), session('2026-11-10', { groupSize: 2 })],
      checks: ['related-service-group-size'],
    },
    {
      name: 'preschool related services: individual on the IEP, a pair in the session',
      source: RELATED,
      service: service({ program: 'preschool-related-services', groupSize: 1 }),
      sessions: [session('2026-11-09', { groupSize: 2 })],
      checks: ['related-service-group-size'],
    },
    {
      name: 'a missed session had no group',
      source: RELATED,
      service: service({ program: 'related-service', groupSize: 1 }),
      sessions: [
        session('2026-11-09', {
          groupSize: 4,
          status: 'missed',
          minutes: 0,
          missedReason: 'school-closed',
        }),
      ],
      checks: [],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      assert.deepEqual(
        checkSessionGroupSizes(c.service, c.sessions).map((v) => v.check),
        c.checks,
      );
    });
  }
});

describe('SEIT caseloads on active assignments', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
  const cases: [string, number, string[]][] = [
    ['20 students is the limit', 20, []],
    ['21 students is over the limit', 21, ['seit-caseload']],
  ];
  for (const [name, n, checks] of cases) {
    test(`${name} (${SEIT} (c))`, () => {
      const found = checkSeitCaseloads([{ staffId: 't1', studentIds: ids(n) }]);
      assert.deepEqual(
        found.map((v) => v.check),
        checks,
      );
      for (const v of found) assert.equal(v.facts.staffId, 't1');
    });
  }
});
