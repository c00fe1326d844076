import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { SummaryItem } from '../components/form.tsx';
import type { FormState } from './types.ts';

/**
 * How one form speaks about its fields: each field's error message id, and the id prefix
 * that keeps field ids unique when a page holds several forms.
 */
export interface FormMessages<F extends string> {
  idPrefix: string;
  error: (field: F) => MessageId;
}

/** The field's error message when it is invalid, else undefined. */
export function fieldError<F extends string>(
  state: FormState<F> | undefined,
  field: F,
  messages: FormMessages<F>,
  i18n: Translator,
): string | undefined {
  return state?.invalid.includes(field) ? i18n.t(messages.error(field)) : undefined;
}

/** The error summary's items: one per invalid field, then a general one if needed. */
export function summaryItems<F extends string>(
  state: FormState<F> | undefined,
  messages: FormMessages<F>,
  i18n: Translator,
): SummaryItem[] {
  if (!state) return [];
  const items = state.invalid.map((field) => ({
    fieldId: `${messages.idPrefix}${field}`,
    text: i18n.t(messages.error(field)),
  }));
  if (state.general)
    items.push({ fieldId: `${messages.idPrefix}form`, text: i18n.t('form.generalError') });
  return items;
}

/** A string value of the form state, for a text field's value. */
export function textValue<F extends string>(
  state: FormState<F> | undefined,
  field: F,
): string | undefined {
  const value = state?.values[field];
  return value === undefined || value === null || Array.isArray(value) ? undefined : String(value);
}

/**
 * A form's field props builder: for each field its id, name, label, error message and the
 * value as sent, so a text or select field reads `<TextField {...field('date')} />`.
 */
export function fieldProps<F extends string>(
  state: FormState<F> | undefined,
  messages: FormMessages<F>,
  i18n: Translator,
  label: (field: F) => MessageId,
) {
  return (field: F) => ({
    id: `${messages.idPrefix}${field}`,
    name: field,
    label: i18n.t(label(field)),
    error: fieldError(state, field, messages, i18n),
    value: textValue(state, field),
  });
}

/** The values ticked in a group of checkboxes. */
export function listValue<F extends string>(
  state: FormState<F> | undefined,
  field: F,
): readonly string[] {
  const value = state?.values[field];
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
