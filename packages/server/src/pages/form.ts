import type { z } from 'zod';
import type { FormState } from '@continuum/web';
import type { FastifyRequest } from 'fastify';
import { ConflictError, InvalidInputError, RefusedError } from '../errors.ts';

/**
 * From an HTML form (application/x-www-form-urlencoded: every value a string) to the object
 * the API's zod schemas expect, so pages and API validate with the same rules.
 */
export interface FormShape<F extends string> {
  fields: readonly F[];
  /** Checkboxes: ticked sends a value, unticked sends nothing, so absent means false. */
  booleans?: readonly F[];
  /** May name hidden fields that are not among `fields` (the version of an edited record). */
  numbers?: readonly string[];
  /** Optional fields a person may empty: an empty answer clears them (null). */
  nullable?: readonly F[];
  /** Optional text a person may empty where the schema keeps an empty string, not null. */
  blankable?: readonly F[];
  /** Groups of checkboxes: none ticked sends nothing (an empty list), one ticked a string. */
  lists?: readonly F[];
  /**
   * From the form's values to the schema's shape where the two differ (a checkbox's value that
   * names a committee). The form shown again keeps the values as they were sent.
   */
  decode?: (values: Record<string, unknown>) => Record<string, unknown>;
}

export function coerceForm<F extends string>(
  body: unknown,
  shape: FormShape<F>,
): Record<string, unknown> {
  const raw: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '_csrf') continue;
    const field = key as F;
    if (shape.booleans?.includes(field) || shape.lists?.includes(field)) continue;
    if (value === '') {
      if (shape.nullable?.includes(field)) out[key] = null;
      if (shape.blankable?.includes(field)) out[key] = '';
      continue; // an empty answer is no answer: the schema says whether one was required
    }
    // A number the schema can check; anything else stays a string for the schema to refuse.
    out[key] =
      shape.numbers?.includes(key) && typeof value === 'string' && /^-?\d+$/.test(value)
        ? Number(value)
        : value;
  }
  for (const field of shape.booleans ?? []) out[field] = raw[field] !== undefined;
  for (const field of shape.lists ?? []) out[field] = [raw[field] ?? []].flat();
  return out;
}

export type FormResult<F extends string, T> =
  { ok: true; data: T } | { ok: false; state: FormState<F> };

/** Coerces and validates a form; on failure, the state to show the form again with. */
export function parseForm<F extends string, S extends z.ZodType>(
  body: unknown,
  shape: FormShape<F>,
  schema: S,
): FormResult<F, z.infer<S>> {
  const values = coerceForm(body, shape);
  const parsed = schema.safeParse(shape.decode ? shape.decode(values) : values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    state: invalidState(
      shape,
      values,
      parsed.error.issues.map((i) => String(i.path[0] ?? '')),
    ),
  };
}

/** The state after the use case refused the input (a student ID already taken, no such site). */
export function refusedState<F extends string>(
  shape: FormShape<F>,
  body: unknown,
  error: InvalidInputError | RefusedError,
): FormState<F> {
  return invalidState(
    shape,
    coerceForm(body, shape),
    error.fields.map((f) => f.path.split('.')[0] ?? ''),
  );
}

/** The form as it was sent, with no problem (shown again beside a newer record after a conflict). */
export function sentState<F extends string>(shape: FormShape<F>, body: unknown): FormState<F> {
  return invalidState(shape, coerceForm(body, shape), []);
}

function invalidState<F extends string>(
  shape: FormShape<F>,
  values: Record<string, unknown>,
  paths: readonly string[],
): FormState<F> {
  const isField = (path: string): path is F => (shape.fields as readonly string[]).includes(path);
  const invalid = [...new Set(paths.filter(isField))];
  return {
    values: values as FormState<F>['values'],
    invalid,
    // Unknown fields, a missing form, a path the form does not show: said once, in general.
    general: paths.some((p) => !isField(p)),
  };
}

/** What a page shows above a form the use case refused: the message, and the passage for a rule. */
export interface FormRefusal {
  message: string;
  citation?: string | undefined;
}

/**
 * A form the use case refused, as the page shows it again: 422 with the rule's message and
 * citation, 409 with the form as sent (beside the newer record), 400 with the fields marked.
 * `paths` maps error paths to the form's field names where they differ; `conflictMessage: false`
 * leaves a conflict to the page's own notice. Anything else is not the form's fault: rethrown.
 */
export function formFailure<F extends string>(
  error: unknown,
  shape: FormShape<F>,
  body: unknown,
  options: {
    paths?: (error: InvalidInputError | RefusedError) => InvalidInputError;
    conflictMessage?: boolean;
  } = {},
): { state: FormState<F>; status: number; refusal?: FormRefusal } {
  const marked = (e: InvalidInputError | RefusedError) =>
    refusedState(shape, body, options.paths ? options.paths(e) : e);
  if (error instanceof RefusedError)
    return {
      state: marked(error),
      status: 422,
      refusal: { message: error.message, citation: error.citation },
    };
  if (error instanceof ConflictError)
    return options.conflictMessage === false
      ? { state: sentState(shape, body), status: 409 }
      : { state: sentState(shape, body), status: 409, refusal: { message: error.message } };
  if (error instanceof InvalidInputError) return { state: marked(error), status: 400 };
  throw error;
}

/** Which of `allowed` the `?done=` of a redirect after a form names (the page then confirms it). */
export function doneOf<T extends string>(
  request: FastifyRequest,
  allowed: readonly T[],
): T | undefined {
  const done = (request.query as { done?: unknown } | undefined)?.done;
  return allowed.find((n) => n === done);
}
