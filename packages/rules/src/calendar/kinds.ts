/**
 * The kinds of day a rule counts (timeline catalog, "Day kinds").
 * - `calendar`: every day.
 * - `school`: a weekday inside a school year that is not a non-instructional day (34 CFR 300.11(c)).
 * - `school-summer-workday`: a school day while school is in session; between two school years
 *   every workday counts instead (NYC addendum: "60 school days (workdays during the summer)").
 * - `workday`: Monday to Friday, not a holiday of the calendar.
 * - `business`: Monday to Friday, not a federal or State holiday (34 CFR 300.11(b)).
 * - `business-incl-holidays`: Monday to Friday, holidays counted (PSN, unilateral placement).
 */
export type DayKind =
  | 'calendar'
  | 'school'
  | 'school-summer-workday'
  | 'workday'
  | 'business'
  | 'business-incl-holidays';

/** Plural names used in the plain-language basis of a deadline. */
export const DAY_KIND_LABEL: Readonly<Record<DayKind, string>> = {
  calendar: 'calendar days',
  school: 'school days',
  'school-summer-workday': 'school days (workdays in summer)',
  workday: 'workdays',
  business: 'business days',
  'business-incl-holidays': 'business days (holidays included)',
};
