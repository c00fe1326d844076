import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkResourceRoomGroups, checkResourceRoomWeeklyInstruction } from './resource-room.ts';
import type { ResourceRoomSession } from './resource-room.ts';
import { ProgramInputError } from './violation.ts';

const SOURCE = 'PLAN, Resource Room';
const students = (n: number, prefix = 's') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const session = (over: Partial<ResourceRoomSession>): ResourceRoomSession => ({
  room: '104',
  weekday: 'monday',
  start: '10:00',
  end: '10:40',
  studentIds: students(5),
  ...over,
});

describe('resource room: at most 5 students at any one time', () => {
  const cases: { name: string; source: string; sessions: ResourceRoomSession[]; over: number[] }[] =
    [
      {
        name: 'a resource room group of exactly five students at one time is within the limit',
        source: SOURCE,
        sessions: [session({})],
        over: [],
      },
      {
        name: 'a resource room group of six students at one time exceeds the limit of five',
        source: SOURCE,
        sessions: [session({ studentIds: students(6) })],
        over: [6],
      },
      {
        name: 'two overlapping sessions of three in the same room make six students at one time',
        source: SOURCE,
        sessions: [
          session({ studentIds: students(3, 'a') }),
          session({ start: '10:20', end: '11:00', studentIds: students(3, 'b') }),
        ],
        over: [6],
      },
      {
        name: 'back-to-back groups of five are never more than five at one time',
        source: SOURCE,
        sessions: [
          session({}),
          session({ start: '10:40', end: '11:20', studentIds: students(5, 'b') }),
        ],
        over: [],
      },
      {
        name: 'groups of five meeting at the same time in different rooms are separate groups',
        source: SOURCE,
        sessions: [session({}), session({ room: '105', studentIds: students(5, 'b') })],
        over: [],
      },
      {
        name: 'the same group on different weekdays is never together at one time',
        source: SOURCE,
        sessions: [
          session({ studentIds: students(3, 'a') }),
          session({ weekday: 'tuesday', studentIds: students(3, 'b') }),
        ],
        over: [],
      },
    ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkResourceRoomGroups(c.sessions);
      assert.deepEqual(
        found.map((v) => v.facts.students),
        c.over,
      );
      for (const v of found) {
        assert.equal(v.check, 'resource-room-group-size');
        assert.equal(v.program, 'resource-room');
        assert.match(v.citation, /PLAN, Resource Room/);
      }
    });
  }

  test('a session that ends before it starts is refused, naming the field', () => {
    assert.throws(
      () => checkResourceRoomGroups([session({ start: '11:00', end: '10:00' })]),
      (e: unknown) => e instanceof ProgramInputError && e.field === 'sessions[0].end',
    );
  });

  test('a time that is not HH:MM is refused, naming the field', () => {
    assert.throws(
      () => checkResourceRoomGroups([session({ start: '9:00' })]),
      (e: unknown) => e instanceof ProgramInputError && e.field === 'sessions[0].start',
    );
  });
});

describe('resource room: at least three hours of instruction per week', () => {
  const one = ['s1'];
  const cases: {
    name: string;
    source: string;
    sessions: ResourceRoomSession[];
    minutes: number | null;
  }[] = [
    {
      name: 'exactly three hours a week meets the minimum',
      source: SOURCE,
      sessions: (['monday', 'wednesday', 'friday'] as const).map((weekday) =>
        session({ weekday, start: '09:00', end: '10:00', studentIds: one }),
      ),
      minutes: null,
    },
    {
      name: 'two hours fifty-nine minutes a week is less than three hours',
      source: SOURCE,
      sessions: [session({ start: '09:00', end: '11:59', studentIds: one })],
      minutes: 179,
    },
    {
      name: 'overlapping sessions of one student count their shared time once',
      source: SOURCE,
      sessions: [
        session({ start: '09:00', end: '11:00', studentIds: one }),
        session({ start: '10:00', end: '11:30', studentIds: one }),
      ],
      minutes: 150,
    },
    {
      name: 'four 45-minute sessions a week make three hours',
      source: SOURCE,
      sessions: (['monday', 'tuesday', 'wednesday', 'thursday'] as const).map((weekday) =>
        session({ weekday, start: '13:00', end: '13:45', studentIds: one }),
      ),
      minutes: null,
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkResourceRoomWeeklyInstruction(c.sessions);
      assert.deepEqual(
        found.map((v) => v.facts.minutesPerWeek),
        c.minutes === null ? [] : [c.minutes],
      );
      for (const v of found) {
        assert.equal(v.check, 'resource-room-weekly-instruction');
        assert.equal(v.facts.studentId, 's1');
        assert.doesNotMatch(v.message, /s1/, 'the message names no student');
      }
    });
  }
});
