import type { IepContentView, IepVersionFullView } from './iep-types.ts';

/**
 * The IEP editor is one plain HTML form (it works without JavaScript): every answer is a
 * field with a flat name (`presentLevels.academic`, `goal.0.criteria`), and the repeatable
 * rows (goals, services, testing accommodations, transition activities) are numbered. These
 * two functions go from a version to the form's values and back to the API's body, so the
 * page validates with the same schema as the API. A row left entirely blank is no row.
 */
export type IepFormValues = Record<string, string>;

export const goalFields = ['area', 'goal', 'criteria', 'method', 'schedule'] as const;
export const serviceFields = [
  'program',
  'service',
  'frequency',
  'period',
  'durationMinutes',
  'location',
  'groupSize',
  'startDate',
  'endDate',
] as const;
export const accommodationFields = ['accommodation', 'conditions'] as const;
export const activityFields = ['area', 'activity', 'responsible'] as const;

/** Rows of each kind in a form: the sent rows' highest index plus one. */
export function rowCount(values: IepFormValues, prefix: string): number {
  let count = 0;
  const pattern = new RegExp(`^${prefix}\\.(\\d+)\\.`);
  for (const key of Object.keys(values)) {
    const match = pattern.exec(key);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return Math.min(count, 60);
}

export function iepFormValues(version: IepVersionFullView): IepFormValues {
  const c = version.content;
  const v: IepFormValues = {
    lockVersion: String(version.lockVersion),
    meetingId: version.meetingId ?? '',
    projectedImplementationDate: version.projectedImplementationDate ?? '',
    annualReviewDate: version.annualReviewDate ?? '',
    reevaluationDate: version.reevaluationDate ?? '',
    classification: c.classification ?? '',
    'presentLevels.academic': c.presentLevels.academic,
    'presentLevels.social': c.presentLevels.social,
    'presentLevels.physical': c.presentLevels.physical,
    'presentLevels.management': c.presentLevels.management,
    effectOnProgress: c.effectOnProgress,
    generalEducationPercent:
      c.generalEducationPercent === null ? '' : String(c.generalEducationPercent),
    leastRestrictiveEnvironment: c.leastRestrictiveEnvironment,
    'equipment.needed': c.equipment.needed === null ? '' : c.equipment.needed ? 'yes' : 'no',
    'equipment.description': c.equipment.description,
    'twelveMonth.category': c.twelveMonthServices.category ?? '',
    'twelveMonth.description': c.twelveMonthServices.description,
    'promotion.ela': c.promotionCriteria.ela ?? '',
    'promotion.math': c.promotionCriteria.math ?? '',
    'promotion.modifiedCriteria': c.promotionCriteria.modifiedCriteria,
    'transition.postSecondaryEducation': c.transition.postSecondaryEducation,
    'transition.postSecondaryEmployment': c.transition.postSecondaryEmployment,
    'transition.postSecondaryIndependentLiving': c.transition.postSecondaryIndependentLiving,
  };
  if (c.testingAccommodations.none) v['testingAccommodations.none'] = 'true';
  if (c.twelveMonthServices.recommended) v['twelveMonth.recommended'] = 'true';
  if (c.promotionCriteria.alternateAssessment) v['promotion.alternateAssessment'] = 'true';
  c.goals.forEach((g, i) => goalFields.forEach((f) => (v[`goal.${i}.${f}`] = g[f])));
  c.services.forEach((s, i) => {
    serviceFields.forEach((f) => (v[`service.${i}.${f}`] = String(s[f])));
    if (s.twelveMonth) v[`service.${i}.twelveMonth`] = 'true';
  });
  c.testingAccommodations.items.forEach((a, i) =>
    accommodationFields.forEach((f) => (v[`accommodation.${i}.${f}`] = a[f])),
  );
  c.transition.activities.forEach((a, i) =>
    activityFields.forEach((f) => (v[`activity.${i}.${f}`] = a[f])),
  );
  return v;
}

/** Only string values of a posted form (a repeated name sends a list: its last value counts). */
export function formValuesOf(body: unknown): IepFormValues {
  const values: IepFormValues = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf' || key.length > 80) continue;
    const last: unknown = Array.isArray(value) ? value.at(-1) : value;
    if (typeof last === 'string') values[key] = last;
  }
  return values;
}

/** A whole number the schema can check; anything else stays as sent, for the schema to refuse. */
const number = (text: string | undefined): unknown =>
  text !== undefined && /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : (text ?? null);
const orNull = (text: string | undefined) => (text ? text : null);

function rows<F extends string>(
  values: IepFormValues,
  prefix: string,
  fields: readonly F[],
): { index: number; row: Record<F, string> }[] {
  const found: { index: number; row: Record<F, string> }[] = [];
  for (let index = 0; index < rowCount(values, prefix); index++) {
    const row = {} as Record<F, string>;
    for (const f of fields) row[f] = values[`${prefix}.${index}.${f}`] ?? '';
    found.push({ index, row });
  }
  return found;
}

/** The API's save body (iep/schemas.ts saveDraftBody) from the form's values. */
export function decodeIepForm(values: IepFormValues): {
  lockVersion: unknown;
  meetingId: string | null;
  dates: Record<string, string | null>;
  content: Omit<IepContentView, 'services' | 'generalEducationPercent'> & {
    services: Record<string, unknown>[];
    generalEducationPercent: unknown;
  };
} {
  const text = (name: string) => values[name] ?? '';
  const ticked = (name: string) => values[name] !== undefined;
  // A service row is blank when nothing that names it is filled (its period has a default).
  const services = rows(values, 'service', serviceFields)
    .filter(({ row }) => [row.program, row.service, row.location, row.frequency].some(Boolean))
    .map(({ index, row }) => ({
      program: row.program,
      service: row.service,
      frequency: number(row.frequency),
      period: row.period || 'week',
      durationMinutes: number(row.durationMinutes),
      location: row.location,
      groupSize: number(row.groupSize),
      startDate: row.startDate,
      endDate: row.endDate,
      twelveMonth: ticked(`service.${index}.twelveMonth`),
    }));
  const filled = <F extends string>(list: { row: Record<F, string> }[], keys: readonly F[]) =>
    list.filter(({ row }) => keys.some((k) => row[k].trim() !== '')).map(({ row }) => row);
  // The row's own fields type it; `keys` only decide whether it is blank.
  const needed = text('equipment.needed');
  return {
    lockVersion: number(values.lockVersion),
    meetingId: orNull(values.meetingId),
    dates: {
      projectedImplementationDate: orNull(values.projectedImplementationDate),
      annualReviewDate: orNull(values.annualReviewDate),
      reevaluationDate: orNull(values.reevaluationDate),
    },
    content: {
      classification: orNull(values.classification),
      presentLevels: {
        academic: text('presentLevels.academic'),
        social: text('presentLevels.social'),
        physical: text('presentLevels.physical'),
        management: text('presentLevels.management'),
      },
      effectOnProgress: text('effectOnProgress'),
      goals: filled(rows(values, 'goal', goalFields), goalFields),
      services,
      generalEducationPercent:
        text('generalEducationPercent') === '' ? null : number(values.generalEducationPercent),
      leastRestrictiveEnvironment: text('leastRestrictiveEnvironment'),
      equipment: {
        needed: needed === 'yes' ? true : needed === 'no' ? false : null,
        description: text('equipment.description'),
      },
      testingAccommodations: {
        none: ticked('testingAccommodations.none'),
        items: filled(rows(values, 'accommodation', accommodationFields), accommodationFields),
      },
      twelveMonthServices: {
        recommended: ticked('twelveMonth.recommended'),
        category: orNull(values['twelveMonth.category']),
        description: text('twelveMonth.description'),
      },
      promotionCriteria: {
        alternateAssessment: ticked('promotion.alternateAssessment'),
        ela: orNull(values['promotion.ela']) as 'standard' | 'modified' | null,
        math: orNull(values['promotion.math']) as 'standard' | 'modified' | null,
        modifiedCriteria: text('promotion.modifiedCriteria'),
      },
      transition: {
        postSecondaryEducation: text('transition.postSecondaryEducation'),
        postSecondaryEmployment: text('transition.postSecondaryEmployment'),
        postSecondaryIndependentLiving: text('transition.postSecondaryIndependentLiving'),
        activities: filled(rows(values, 'activity', activityFields), activityFields),
      },
    },
  };
}

/**
 * The form field an API path names: `content.goals.0.criteria` is `goal.0.criteria`,
 * `dates.annualReviewDate` is `annualReviewDate`. Paths of a whole list name its section.
 */
export function fieldNameOf(path: string): string {
  const p = path.replace(/^(content|dates)\./, '');
  return p
    .replace(/^goals\.(\d+)/, 'goal.$1')
    .replace(/^services\.(\d+)/, 'service.$1')
    .replace(/^testingAccommodations\.items\.(\d+)/, 'accommodation.$1')
    .replace(/^transition\.activities\.(\d+)/, 'activity.$1')
    .replace(/^twelveMonthServices\./, 'twelveMonth.')
    .replace(/^promotionCriteria\./, 'promotion.');
}

/** The element id of a field (for the error summary's links and aria-describedby). */
export const fieldIdOf = (name: string) => `iep-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
