import { PROGRAMS } from './catalog.ts';
import { WEEKDAYS, clock, coveredMinutes, spanMinutes } from './schedule.ts';
import type { TimeSpan, Weekday } from './schedule.ts';
import type { Violation } from './violation.ts';

/** One recurring weekly resource room session. */
export interface ResourceRoomSession extends TimeSpan {
  /** The room (or teacher's group) the session meets in. */
  room: string;
  weekday: Weekday;
  studentIds: readonly string[];
}

const { citation, limits } = PROGRAMS['resource-room'];

/**
 * "No more than 5 students may be placed in a resource room at any one time" (PLAN, Resource
 * Room). Sessions in the same room on the same weekday that overlap are counted together:
 * the group is every student present at that moment, whichever session placed them there.
 */
export function checkResourceRoomGroups(sessions: readonly ResourceRoomSession[]): Violation[] {
  const parsed = sessions.map((s, i) => ({ ...s, ...spanMinutes(s, `sessions[${i}]`) }));
  const found: Violation[] = [];
  const rooms = new Set(parsed.map((s) => `${s.room}\u0000${s.weekday}`));
  for (const key of rooms) {
    const inRoom = parsed.filter((s) => `${s.room}\u0000${s.weekday}` === key);
    const boundaries = [...new Set(inRoom.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
    // The group can only change at a session's start or end, so each stretch between two
    // boundaries has one group; check each stretch once.
    for (const [i, from] of boundaries.entries()) {
      const to = boundaries[i + 1];
      if (to === undefined) break;
      const present = new Set(
        inRoom.filter((s) => s.from <= from && from < s.to).flatMap((s) => s.studentIds),
      );
      if (present.size > limits.maxStudentsAtOnce) {
        const { room, weekday } = inRoom[0]!;
        found.push({
          check: 'resource-room-group-size',
          program: 'resource-room',
          message: `Resource room ${room} has ${present.size} students at one time on ${weekday} from ${clock(from)} to ${clock(to)}; the limit is ${limits.maxStudentsAtOnce} at any one time.`,
          citation,
          facts: {
            room,
            weekday,
            from: clock(from),
            to: clock(to),
            students: present.size,
            maxStudents: limits.maxStudentsAtOnce,
          },
        });
      }
    }
  }
  return found;
}

/**
 * "Students shall not receive less than three hours of instruction per week" (PLAN, Resource
 * Room). Each student's weekly minutes are summed over the schedule, overlapping sessions of
 * one student counted once.
 */
export function checkResourceRoomWeeklyInstruction(
  sessions: readonly ResourceRoomSession[],
): Violation[] {
  const spansByStudent = new Map<string, { from: number; to: number }[]>();
  sessions.forEach((s, i) => {
    const { from, to } = spanMinutes(s, `sessions[${i}]`);
    // Days of the week never overlap: place each day on its own stretch of the week.
    const offset = WEEKDAYS.indexOf(s.weekday) * 24 * 60;
    for (const id of new Set(s.studentIds)) {
      const spans = spansByStudent.get(id) ?? [];
      spans.push({ from: offset + from, to: offset + to });
      spansByStudent.set(id, spans);
    }
  });
  const found: Violation[] = [];
  for (const [studentId, spans] of spansByStudent) {
    const minutes = coveredMinutes(spans);
    if (minutes < limits.minMinutesPerWeek) {
      found.push({
        check: 'resource-room-weekly-instruction',
        program: 'resource-room',
        message: `A student is scheduled for ${minutes} minutes of resource room instruction a week; the minimum is 3 hours (${limits.minMinutesPerWeek} minutes).`,
        citation,
        facts: { studentId, minutesPerWeek: minutes, minMinutesPerWeek: limits.minMinutesPerWeek },
      });
    }
  }
  return found;
}
