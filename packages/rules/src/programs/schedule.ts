import { ProgramInputError } from './violation.ts';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A span of one school day, `HH:MM` on a 24-hour clock; `end` is exclusive. */
export interface TimeSpan {
  start: string;
  end: string;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(value: string, field: string): number {
  const match = CLOCK.exec(value);
  if (!match) throw new ProgramInputError(field, 'must be a time of day HH:MM (24-hour)');
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The span as minutes from midnight; `field` names it in any error (`sessions[2]`). */
export function spanMinutes(span: TimeSpan, field: string): { from: number; to: number } {
  const from = minutesOfDay(span.start, `${field}.start`);
  const to = minutesOfDay(span.end, `${field}.end`);
  if (to <= from) throw new ProgramInputError(`${field}.end`, 'must be after start');
  return { from, to };
}

/** Minutes covered by the spans together, overlaps counted once. */
export function coveredMinutes(spans: readonly { from: number; to: number }[]): number {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  let total = 0;
  let reach = -1;
  for (const { from, to } of sorted) {
    if (to <= reach) continue;
    total += to - Math.max(from, reach);
    reach = to;
  }
  return total;
}

export function clock(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
