// Computes the full timeline of 1,000,000 synthetic cases (seeded, so every run computes the
// same ones) on one core and prints cases per second.
//   npm run bench:rules            (1,000,000 cases)
//   CASES=100000 npm run bench:rules
// Timed: `computeTimeline(case, calendar)` for every case, i.e. indexing the case's events by
// type, evaluating every applicable rule and check (day counts, statuses, entries) and sorting
// the entries. Not timed: compiling the calendar (once) and generating the cases, in batches
// of 10,000, each generated (and the generator's garbage collected) before its timed loop.
// Not part of the run: printing. `entryToJson`, which words each entry's `basis` (an entry
// formats its basis only when it is read), is what the CLI and the API add on top of this.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileCalendar, parseCalendar, type Day } from '@continuum/rules/calendar/index.ts';
import { NYC_STYLE_CALENDAR } from '@continuum/rules/calendar/fixtures.ts';
import { computeTimeline, type Case, type CaseEvent } from '@continuum/rules/timelines/index.ts';

const calendar = compileCalendar(parseCalendar(NYC_STYLE_CALENDAR));
const TOTAL = Number(process.env.CASES ?? 1_000_000);
const BATCH = 10_000;

/** Mulberry32: a small seeded PRNG, so every run computes the same cases. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260901);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const chance = (p: number) => random() < p;
// Triggers fall in the 2026-27 school year so that every count stays inside the calendar.
const YEAR_START = calendar.years[1]!.first;

function syntheticCase(): Case {
  const preschool = chance(0.3);
  const start = (YEAR_START + int(0, 150)) as Day;
  const events: CaseEvent[] = [];
  const at = (offset: number) => (start + offset) as Day;
  events.push({ type: 'referral-received', day: start });
  events.push({ type: 'consent-initial-evaluation', day: at(int(1, 10)) });
  if (preschool) {
    events.push({ type: 'first-evaluation-appointment', day: at(int(12, 20)) });
    if (chance(0.8))
      events.push({
        type: 'cpse-meeting',
        day: at(int(30, 70)),
        recommendsSpecialClass: false,
        recommendsNonpublicSchool: false,
      });
  } else if (chance(0.8)) {
    events.push({
      type: 'cse-meeting',
      day: at(int(30, 70)),
      recommendsSpecialClass: chance(0.3),
      recommendsNonpublicSchool: chance(0.1),
    });
  }
  if (chance(0.6)) events.push({ type: 'services-arranged', day: at(int(40, 110)) });
  if (chance(0.2)) events.push({ type: 'records-request', day: at(int(0, 60)) });
  if (chance(0.15)) {
    const d = int(10, 60);
    events.push({
      type: 'dp-complaint-received',
      day: at(d),
      filedBy: chance(0.8) ? 'parent' : 'district',
      expedited: chance(0.1),
    });
    if (chance(0.3)) events.push({ type: 'resolution-waived', day: at(d + int(1, 10)) });
    if (chance(0.4))
      events.push({ type: 'meeting-scheduled', day: at(d + int(40, 60)), meeting: 'hearing' });
    if (chance(0.3)) events.push({ type: 'ihd-decision', day: at(d + int(50, 80)) });
  }
  if (chance(0.1)) {
    for (let i = 0, d = int(5, 40); i < int(1, 4); i++, d += int(7, 21)) {
      events.push({
        type: 'removal',
        day: at(d),
        schoolDays: int(1, 6),
        reason: chance(0.9) ? 'conduct' : 'weapon',
      });
    }
  }
  events.sort((a, b) => a.day - b.day);
  return {
    asOf: at(int(30, 200)),
    student: {
      dateOfBirth: (start - (preschool ? 1200 : 3600)) as Day,
      level: preschool ? 'preschool' : 'school-age',
    },
    events,
  };
}

// A young-generation collection after generating each batch, before its timed loop, so that
// collecting the generator's garbage and moving the new batch out of the young generation are
// not timed.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;

let seconds = 0;
let entries = 0;
for (let done = 0; done < TOTAL; done += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, TOTAL - done) }, syntheticCase);
  gc({ type: 'minor' });
  const t0 = process.hrtime.bigint();
  for (const c of batch) entries += computeTimeline(c, calendar).length;
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
}
console.log(
  `cases: ${TOTAL}, seconds: ${seconds.toFixed(2)}, cases/second: ${Math.round(TOTAL / seconds)} (entries: ${entries}; case generation not timed)`,
);
