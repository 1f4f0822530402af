import type { ReactNode } from 'react';
import { controlClass } from '@/components/ui/field';

const labelClass = 'block text-sm font-medium text-stone-900';

interface Common {
  name: string;
  label: string;
  hint?: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  disabled?: boolean;
}

function Shell({ name, label, hint, errors, children }: Omit<Common, 'values'> & { children: ReactNode }) {
  const error = errors[name];
  return (
    <div id={`field-${name}`}>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

function aria(name: string, hint: string | undefined, errors: Record<string, string>) {
  const ids = [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': ids || undefined };
}

export function Text(props: Common & { type?: string; inputMode?: 'numeric' | 'tel' | 'text'; maxLength?: number; autoComplete?: string }) {
  const { name, values, errors, hint, type = 'text', inputMode, maxLength, autoComplete = 'off', disabled } = props;
  return (
    <Shell {...props}>
      <input
        id={name}
        name={name}
        type={type}
        inputMode={inputMode}
        maxLength={maxLength}
        autoComplete={autoComplete}
        defaultValue={values[name] ?? ''}
        disabled={disabled}
        className={controlClass}
        {...aria(name, hint, errors)}
      />
    </Shell>
  );
}

export function Area(props: Common & { rows?: number; maxLength?: number }) {
  const { name, values, errors, hint, rows = 4, maxLength, disabled } = props;
  return (
    <Shell {...props}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={values[name] ?? ''}
        disabled={disabled}
        className={`${controlClass} leading-relaxed`}
        {...aria(name, hint, errors)}
      />
    </Shell>
  );
}

export function Choice(
  props: Common & { options: readonly { value: string; label: string }[]; placeholder?: string; onChange?: (value: string) => void; value?: string },
) {
  const { name, values, errors, hint, options, placeholder, onChange, value, disabled } = props;
  const controlled =
    value !== undefined ? { value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value) } : { defaultValue: values[name] ?? '' };
  return (
    <Shell {...props}>
      <select id={name} name={name} disabled={disabled} className={controlClass} {...controlled} {...aria(name, hint, errors)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <legend className="px-1 text-lg font-semibold text-stone-900">{title}</legend>
      {description && <p className="text-sm text-stone-700">{description}</p>}
      {children}
    </fieldset>
  );
}
