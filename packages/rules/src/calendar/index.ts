// The calendar half of the rules engine: day numbers, the calendar file, and day counting.
export {
  addHours,
  addMonths,
  civilFromDay,
  day,
  dayFromCivil,
  dayOfTimestamp,
  isoDate,
  isoTimestamp,
  isWeekday,
  parseIsoDate,
  parseTimestamp,
  weekday,
  type CivilDate,
  type Day,
  type Timestamp,
} from './days.ts';
export { CalendarCoverageError, RuleInputError, type FieldIssue } from './errors.ts';
export { parseCalendar, type CalendarSpec, type SchoolYearSpec } from './schema.ts';
export { compileCalendar, type CompiledCalendar, type CompiledYear } from './compile.ts';
export { countBackward, countBetween, countForward, isDayOfKind } from './count.ts';
export { DAY_KIND_LABEL, type DayKind } from './kinds.ts';
