/**
 * Civil dates as integer day numbers (days since 1970-01-01), so that the rules count days
 * with integer arithmetic and never allocate date objects in the hot path. The conversions are
 * Howard Hinnant's `days_from_civil` / `civil_from_days` (proleptic Gregorian calendar).
 */

/** A civil date as days since 1970-01-01. */
export type Day = number & { readonly __day: unique symbol };

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as Day;
}

export function civilFromDay(n: Day): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(n: Day): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function isWeekday(n: Day): boolean {
  const w = weekday(n);
  return w !== 0 && w !== 6;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD` date; null when malformed or not a real day (2027-02-29). */
export function parseIsoDate(text: string): Day | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

/** Like parseIsoDate, for dates already validated (fixtures, validated input). */
export function day(text: string): Day {
  const d = parseIsoDate(text);
  if (d === null) throw new RangeError(`not a date YYYY-MM-DD: "${text}"`);
  return d;
}

// Output formatting is cached per day number: a timeline prints the same few hundred dates
// many times over, and string building would otherwise dominate the cost of a timeline.
const isoCache = new Map<number, string>();

export function isoDate(n: Day): string {
  let s = isoCache.get(n);
  if (s === undefined) {
    const { year, month, day } = civilFromDay(n);
    s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    isoCache.set(n, s);
  }
  return s;
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's
 * last day (Oct 31 + 4 months = Feb 28, or Feb 29 in a leap year).
 */
export function addMonths(n: Day, months: number): Day {
  const { year, month, day } = civilFromDay(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

/** An instant with the UTC offset it was written in, for the rules counted in hours. */
export interface Timestamp {
  /** Seconds since 1970-01-01T00:00:00Z. */
  readonly utcSeconds: number;
  /** Offset of the original text, in minutes east of UTC. */
  readonly offsetMinutes: number;
}

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`; an offset is required so that the instant is unambiguous. */
export function parseTimestamp(text: string): Timestamp | null {
  const m = ISO_TIMESTAMP.exec(text);
  if (!m) return null;
  const date = parseIsoDate(m[1] ?? '');
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  const seconds = m[4] === undefined ? 0 : Number(m[4]);
  if (date === null || hours > 23 || minutes > 59 || seconds > 59) return null;
  const offset = m[5] === 'Z' ? 0 : (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  return {
    utcSeconds: date * 86400 + (hours * 60 + minutes - offset) * 60 + seconds,
    offsetMinutes: offset,
  };
}

export function addHours(t: Timestamp, hours: number): Timestamp {
  return { utcSeconds: t.utcSeconds + hours * 3600, offsetMinutes: t.offsetMinutes };
}

/** Formats in the offset the timestamp was written in, e.g. `2026-10-06T14:30:00-04:00`. */
export function isoTimestamp(t: Timestamp): string {
  const local = t.utcSeconds + t.offsetMinutes * 60;
  const d = Math.floor(local / 86400) as Day;
  const secondOfDay = local - d * 86400;
  const hh = String(Math.floor(secondOfDay / 3600)).padStart(2, '0');
  const mm = String(Math.floor(secondOfDay / 60) % 60).padStart(2, '0');
  const ss = String(secondOfDay % 60).padStart(2, '0');
  const abs = Math.abs(t.offsetMinutes);
  const offset =
    t.offsetMinutes === 0
      ? 'Z'
      : `${t.offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${isoDate(d)}T${hh}:${mm}:${ss}${offset}`;
}

/** The calendar day of a timestamp in its own offset. */
export function dayOfTimestamp(t: Timestamp): Day {
  return Math.floor((t.utcSeconds + t.offsetMinutes * 60) / 86400) as Day;
}
