// The deadlines dashboard for a whole district: seeds the demo district (about 310 students)
// into an embedded database, gives every student a case (referral, consent, evaluation,
// meeting … dated over the last months, seeded so every run is the same), then times
// `listDeadlines` for the district administrator, who sees every student, and prints the
// dashboards and deadlines computed per second.
//   node --import tsx bench/deadlines.bench.ts          (20 dashboards)
//   RUNS=50 node --import tsx bench/deadlines.bench.ts
// Timed: the whole use case, as a request runs it (one tenant transaction: the visible
// students, their events in one query, the calendar compiled once, every timeline computed,
// one access-log row per student shown), for the `all` filter (every deadline derived).
// Not timed: seeding the district and its events.
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { openTestDatabase } from '../packages/server/src/testing/test-database.ts';
import { testConfig } from '../packages/server/src/testing/test-config.ts';
import { seedDemoDistrict } from '../packages/server/src/demo/seed-demo-district.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { listDeadlines } from '../packages/server/src/timelines/list-deadlines.ts';
import type { Call } from '../packages/server/src/http/call.ts';

const RUNS = Number(process.env.RUNS ?? 20);
const today = todayInNewYork();
const todayDay = parseIsoDate(today) as Day;
const database = await openTestDatabase();
const { districtId } = await seedDemoDistrict(database, {
  password: 'synthetic-students-only',
  asOf: today,
});

/** Mulberry32, seeded: the same cases every run. */
let seed = 20261124;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const students = await database.db
  .selectFrom('students')
  .where('district_id', '=', districtId)
  .select(['id', 'level'])
  .execute();
const admin = await database.db
  .selectFrom('accounts as a')
  .innerJoin('staff as s', 's.account_id', 'a.id')
  .where('a.email', '=', 'admin@demo.continuum.test')
  .select(['a.id as accountId', 's.id as staffId', 's.full_name'])
  .executeTakeFirstOrThrow();

const events = students.flatMap((s) => {
  const start = todayDay - int(20, 200);
  const on = (offset: number) => isoDate((start + offset) as Day);
  const steps: [string, number, object?][] = [
    ['referral-received', 0],
    ['consent-initial-evaluation', int(2, 10)],
  ];
  if (s.level === 'preschool') {
    steps.push(['first-evaluation-appointment', int(12, 20)], ['cpse-meeting', int(40, 70)]);
  } else {
    steps.push(
      ['evaluation-completed', int(30, 60)],
      ['cse-meeting', int(50, 80), { recommendsSpecialClass: random() < 0.3 }],
    );
  }
  if (random() < 0.3) steps.push(['records-request', int(5, 15)]);
  return steps
    .filter(([, offset]) => start + offset <= todayDay)
    .map(([type, offset, details]) => ({
      district_id: districtId,
      student_id: s.id,
      type,
      occurred_on: on(offset),
      details: JSON.stringify(details ?? {}),
      source: 'bench',
      recorded_by: admin.accountId,
    }));
});
await database.db.insertInto('case_events').values(events).execute();

const call = (i: number): Call => ({
  ctx: { database, config: testConfig() },
  requestId: `bench-${i}`,
  actor: {
    accountId: admin.accountId,
    districtId,
    kind: 'staff',
    staffId: admin.staffId,
    roles: ['district-admin'],
    displayName: admin.full_name,
    email: 'admin@demo.continuum.test',
    secondFactor: true,
  },
});

// One untimed run warms up the database and the code.
await listDeadlines(call(0), { status: 'all', limit: 1000 });
let deadlines = 0;
const started = process.hrtime.bigint();
for (let i = 1; i <= RUNS; i++) {
  const result = await listDeadlines(call(i), { status: 'all', limit: 1000 });
  deadlines += result.items.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `${students.length} students, ${events.length} events: ${RUNS} dashboards in ${seconds.toFixed(2)} s, ` +
    `${((seconds / RUNS) * 1000).toFixed(0)} ms per dashboard, ` +
    `${Math.round(deadlines / seconds).toLocaleString('en-US')} deadlines per second`,
);
await database.close();
