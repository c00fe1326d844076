import type { ReactNode } from 'react';

/**
 * USWDS form fields. Each control names its label, hint and error message through
 * `aria-describedby`, so a screen reader reads the hint and the error with the field.
 */

interface GroupProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FormGroup({ id, label, hint, error, children }: GroupProps & { children: ReactNode }) {
  return (
    <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

/** The attributes every control shares: its id, name, description and invalid state. */
function controlProps({ id, name, hint, error }: GroupProps & { name: string }) {
  return {
    id,
    name,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
  };
}

export interface TextFieldProps extends GroupProps {
  name: string;
  value?: string | null | undefined;
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'tel';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  required?: boolean;
  /** A USWDS input width (`2xs` … `xl`) for fields whose answer has a known length. */
  width?: 'xs' | 'sm' | 'md' | 'lg' | 'xl';
}

export function TextField(props: TextFieldProps) {
  const classes = [
    'usa-input',
    props.error ? 'usa-input--error' : '',
    props.width ? `usa-input--${props.width}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormGroup {...props}>
      <input
        {...controlProps(props)}
        className={classes}
        type={props.type ?? 'text'}
        defaultValue={props.value ?? ''}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
      />
    </FormGroup>
  );
}

export function TextAreaField(
  props: GroupProps & { name: string; value?: string | null | undefined },
) {
  return (
    <FormGroup {...props}>
      <textarea
        {...controlProps(props)}
        className={props.error ? 'usa-textarea usa-input--error' : 'usa-textarea'}
        defaultValue={props.value ?? ''}
        rows={3}
      />
    </FormGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: GroupProps & {
    name: string;
    value?: string | null | undefined;
    options: readonly Option[];
    required?: boolean;
  },
) {
  return (
    <FormGroup {...props}>
      <select
        {...controlProps(props)}
        className={props.error ? 'usa-select usa-input--error' : 'usa-select'}
        defaultValue={props.value ?? ''}
        required={props.required}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

/**
 * A checkbox sends its value (`true` by default) when ticked and nothing when not (see the
 * server's form coercion); several with one name send a list.
 */
export function CheckboxField(props: {
  id: string;
  name: string;
  label: string;
  checked?: boolean | undefined;
  hint?: string | undefined;
  value?: string;
}) {
  return (
    <div className="usa-checkbox">
      <input
        className="usa-checkbox__input"
        id={props.id}
        name={props.name}
        type="checkbox"
        value={props.value ?? 'true'}
        defaultChecked={props.checked ?? false}
        aria-describedby={describedBy(props.id, props.hint)}
      />
      <label className="usa-checkbox__label" htmlFor={props.id}>
        {props.label}
        {props.hint && (
          <span className="usa-checkbox__label-description" id={`${props.id}-hint`}>
            {props.hint}
          </span>
        )}
      </label>
    </div>
  );
}

/**
 * Checkboxes that answer one question with a list (roles, sites). The first box carries the
 * group's id, so the error summary's link lands on the group; every box names the error.
 */
export function CheckboxGroup(
  props: GroupProps & { name: string; options: readonly Option[]; checked: readonly string[] },
) {
  const { id, name, label, hint, error } = props;
  return (
    <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={error ? 'usa-legend usa-label--error' : 'usa-legend'}>{label}</legend>
        {hint && (
          <span className="usa-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="usa-error-message" id={`${id}-error`}>
            {error}
          </span>
        )}
        {props.options.map((option, i) => (
          <CheckboxField
            key={option.value}
            id={i === 0 ? id : `${id}-${i}`}
            name={name}
            value={option.value}
            label={option.label}
            checked={props.checked.includes(option.value)}
          />
        ))}
      </fieldset>
    </div>
  );
}

export function CsrfField({ token }: { token: string | null }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}

export interface SummaryItem {
  /** The id of the field to jump to. */
  fieldId: string;
  text: string;
}

/**
 * The list of problems at the top of a form that failed. It takes focus when the page loads
 * (the `autofocus` attribute works without JavaScript), so keyboard and screen reader users
 * land on it; each item links to its field.
 */
export function ErrorSummary({ title, items }: { title: string; items: readonly SummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--error continuum-error-summary" tabIndex={-1} autoFocus>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{title}</h2>
        <ul className="usa-list usa-list--unstyled">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`}>{item.text}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
