import { z } from 'zod';
import { fieldPath, RuleInputError, type FieldIssue } from '../calendar/errors.ts';
import { dayOfTimestamp, parseTimestamp, type Day, type Timestamp } from '../calendar/days.ts';
import { isoDateField } from '../calendar/schema.ts';

/** Every event type of the timeline catalog, plus three the checks need (see EXTENSION below). */
export const EVENT_TYPES = [
  'referral-received',
  'consent-initial-evaluation',
  'first-evaluation-appointment',
  'evaluation-completed',
  'reevaluation-requested',
  'cse-meeting',
  'cpse-meeting',
  'services-arranged',
  'placement-offered',
  'age-eligibility-start',
  'records-request',
  'records-inspection-provided',
  'meeting-scheduled',
  'dp-complaint-received',
  'dp-complaint-amended',
  'dp-sufficiency-challenge',
  'dp-sufficiency-ruling',
  'dp-response-sent',
  'prior-written-notice-sent',
  'resolution-meeting-held',
  'resolution-waived',
  'resolution-no-agreement',
  'mediation-started',
  'mediation-continued',
  'mediation-withdrawn',
  'resolution-agreement-signed',
  'hearing-started',
  'hearing-extension',
  'ihd-decision',
  'sro-request-received',
  'sro-extension',
  'sro-decision',
  'state-complaint-received',
  'state-complaint-decision',
  'removal',
  'change-of-placement-decision',
  'manifestation-review-held',
  'suspension-proposed',
  'unilateral-placement-removal',
  'parent-notice-of-private-placement',
  // EXTENSION: the catalog's checks `psn-annual` and `esy-regression` need facts that no
  // catalog event records: when the safeguards notice was given or asked for, and how long
  // re-teaching took after a break.
  'procedural-safeguards-notice-given',
  'procedural-safeguards-notice-requested',
  'esy-review-period',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type Level = 'preschool' | 'school-age';
export type RemovalReason = 'conduct' | 'weapon' | 'drugs' | 'serious-bodily-injury';

const timestampField = z
  .string({ error: 'must be a timestamp YYYY-MM-DDTHH:MM:SS with an offset (Z or ±HH:MM)' })
  .refine(
    (s) => parseTimestamp(s) !== null,
    'must be a timestamp YYYY-MM-DDTHH:MM:SS with an offset (Z or ±HH:MM)',
  )
  .transform((s) => parseTimestamp(s) as Timestamp);
const positiveDays = z
  .number()
  .int('must be a whole number of days')
  .positive('must be a positive number of days');
const meetingRecommendations = {
  recommendsSpecialClass: z.boolean().default(false),
  recommendsNonpublicSchool: z.boolean().default(false),
};

/** Extra fields per event type; a required field missing is an error naming it. */
const EXTRA_FIELDS: Partial<Record<EventType, z.ZodRawShape>> = {
  'cse-meeting': meetingRecommendations,
  'cpse-meeting': meetingRecommendations,
  'meeting-scheduled': { meeting: z.enum(['iep', 'resolution', 'hearing']) },
  'dp-complaint-received': {
    filedBy: z.enum(['parent', 'district']),
    expedited: z.boolean().default(false),
    // Optional facts for the dp-limitation check.
    violationDate: isoDateField.optional(),
    knewOrShouldHaveKnown: isoDateField.optional(),
  },
  'reevaluation-requested': { agreedInWriting: z.boolean().optional() },
  'hearing-extension': { days: positiveDays },
  'sro-extension': { days: positiveDays },
  'state-complaint-received': { violationDate: isoDateField },
  removal: {
    schoolDays: z
      .number()
      .int('must be a whole number of school days')
      .positive('must be at least 1'),
    reason: z.enum(['conduct', 'weapon', 'drugs', 'serious-bodily-injury']),
  },
  'suspension-proposed': { at: timestampField },
  'esy-review-period': { weeks: z.number().positive('must be a positive number of weeks') },
};

interface Extras {
  'cse-meeting': { recommendsSpecialClass: boolean; recommendsNonpublicSchool: boolean };
  'cpse-meeting': { recommendsSpecialClass: boolean; recommendsNonpublicSchool: boolean };
  'meeting-scheduled': { meeting: 'iep' | 'resolution' | 'hearing' };
  'dp-complaint-received': {
    filedBy: 'parent' | 'district';
    expedited: boolean;
    violationDate?: Day;
    knewOrShouldHaveKnown?: Day;
  };
  'reevaluation-requested': { agreedInWriting?: boolean };
  'hearing-extension': { days: number };
  'sro-extension': { days: number };
  'state-complaint-received': { violationDate: Day };
  removal: { schoolDays: number; reason: RemovalReason };
  'suspension-proposed': { at: Timestamp };
  'esy-review-period': { weeks: number };
}

/** An event of the case: its type, its date as a day number, and its extra fields. */
export type CaseEvent<T extends EventType = EventType> = T extends EventType
  ? { readonly type: T; readonly day: Day } & (T extends keyof Extras
      ? Readonly<Extras[T]>
      : unknown)
  : never;

export interface Case {
  readonly asOf: Day;
  readonly student: { readonly dateOfBirth: Day; readonly level: Level };
  /** In date order; events of one day keep their order in the file. */
  readonly events: readonly CaseEvent[];
}

const KNOWN = new Set<string>(EVENT_TYPES);
const eventSchemas = new Map<string, z.ZodType>(
  EVENT_TYPES.map((type) => {
    // The suspension proposal is dated by its timestamp; a separate `date` is optional there.
    const date = type === 'suspension-proposed' ? isoDateField.optional() : isoDateField;
    return [type, z.strictObject({ type: z.literal(type), date, ...EXTRA_FIELDS[type] })];
  }),
);

const caseSchema = z.strictObject({
  asOf: isoDateField,
  student: z.strictObject({
    dateOfBirth: isoDateField,
    level: z.enum(['preschool', 'school-age']),
  }),
  events: z.array(z.looseObject({ type: z.string({ error: 'must name an event type' }) })),
});

/**
 * Validates a parsed JSON value as a case; throws RuleInputError listing every bad field,
 * e.g. `events[2].type: unknown event type "foo"`.
 */
export function parseCase(json: unknown): Case {
  const outer = caseSchema.safeParse(json);
  if (!outer.success) throw inputError(outer.error.issues.map((i) => toIssue(i.path, i.message)));
  const { asOf, student, events: raw } = outer.data;
  const issues: FieldIssue[] = [];
  const events: { event: CaseEvent; index: number }[] = [];
  raw.forEach((item, index) => {
    const schema = eventSchemas.get(item.type);
    if (!KNOWN.has(item.type) || !schema) {
      issues.push({ field: `events[${index}].type`, message: `unknown event type "${item.type}"` });
      return;
    }
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issues.push(toIssue(['events', index, ...i.path], i.message));
      return;
    }
    const { date, at, ...rest } = parsed.data as { date?: Day; at?: Timestamp };
    const eventDay = date ?? (at ? dayOfTimestamp(at) : undefined);
    if (eventDay === undefined) return;
    if (eventDay < student.dateOfBirth) {
      issues.push({
        field: `events[${index}].date`,
        message: "is before the student's date of birth",
      });
      return;
    }
    const event = { ...rest, ...(at ? { at } : {}), day: eventDay } as unknown as CaseEvent;
    events.push({ event, index });
  });
  const [first, ...more] = issues;
  if (first) throw new RuleInputError([first, ...more]);
  events.sort((a, b) => a.event.day - b.event.day || a.index - b.index);
  return { asOf, student, events: events.map((e) => e.event) };
}

function toIssue(path: readonly PropertyKey[], message: string): FieldIssue {
  return { field: fieldPath(path), message };
}

function inputError(issues: FieldIssue[]): RuleInputError {
  const [first, ...more] = issues;
  return new RuleInputError(
    first ? [first, ...more] : [{ field: '(root)', message: 'is not a valid case' }],
  );
}
