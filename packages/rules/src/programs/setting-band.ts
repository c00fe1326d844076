import { ProgramInputError } from './violation.ts';

/**
 * Time inside the regular classroom, in the bands of the district plan's setting table
 * (PLAN, School Age Students with Disabilities by Setting): 80% or more, 40% to 79%, less than 40%.
 */
export const SETTING_BANDS = [
  { id: 'inside-80-or-more', label: '80% or more', minPercent: 80 },
  { id: 'inside-40-to-79', label: '40% to 79%', minPercent: 40 },
  { id: 'inside-under-40', label: 'Less than 40%', minPercent: 0 },
] as const;

export type SettingBand = (typeof SETTING_BANDS)[number]['id'];

/**
 * The band for a percentage of the school day spent in general education. Bands are
 * closed below: 79.9% is "40% to 79%", never rounded up into "80% or more".
 */
export function settingBand(generalEducationPercent: number): SettingBand {
  if (
    !Number.isFinite(generalEducationPercent) ||
    generalEducationPercent < 0 ||
    generalEducationPercent > 100
  ) {
    throw new ProgramInputError('generalEducationPercent', 'must be a percentage from 0 to 100');
  }
  const band = SETTING_BANDS.find((b) => generalEducationPercent >= b.minPercent);
  // The last band starts at 0, so a percentage in range always finds one.
  return band!.id;
}

/** The percentage of the school day in general education, from minutes. */
export function generalEducationPercent(
  minutesInGeneralEducation: number,
  minutesInSchoolDay: number,
): number {
  if (!Number.isFinite(minutesInSchoolDay) || minutesInSchoolDay <= 0) {
    throw new ProgramInputError('minutesInSchoolDay', 'must be more than 0 minutes');
  }
  if (
    !Number.isFinite(minutesInGeneralEducation) ||
    minutesInGeneralEducation < 0 ||
    minutesInGeneralEducation > minutesInSchoolDay
  ) {
    throw new ProgramInputError(
      'minutesInGeneralEducation',
      'must be from 0 to the minutes in the school day',
    );
  }
  return (minutesInGeneralEducation / minutesInSchoolDay) * 100;
}
