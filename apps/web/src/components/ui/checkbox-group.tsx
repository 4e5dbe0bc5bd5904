import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: string;
}

export interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  options: readonly CheckboxOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Several columns on wide screens (short labels); `scroll` keeps long lists in a box. */
  layout?: 'list' | 'columns' | 'scroll';
}

/**
 * Several choices under one question: a fieldset with its legend, hint and error tied to the group, and
 * a checkbox per option. The order of `values` follows the options, whatever the clicking order.
 */
export function CheckboxGroup({
  legend,
  hint,
  error,
  optional,
  options,
  values,
  onChange,
  layout = 'list',
}: CheckboxGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  const toggle = (value: string, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      // Focusable while invalid, so a failed submit can take people straight to the question.
      tabIndex={error ? -1 : undefined}
    >
      <legend className="field__label">
        {legend}
        {optional && <span className="field__optional"> ({t('form.optional')})</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <div className={layout === 'list' ? 'choice-list' : `choice-list choice-list--${layout}`}>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span>
              <span className="choice__label">{option.label}</span>
              {option.hint && <span className="choice__hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
