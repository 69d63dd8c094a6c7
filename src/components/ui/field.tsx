import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

export const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm " +
  "aria-[invalid=true]:border-red-700 focus:border-brand-600";

export interface FieldShell {
  id: string;
  label: string;
  hint?: string;
  error?: string[] | string;
}

export function describedBy(id: string, hint?: string, error?: unknown) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

export function Shell({ id, label, hint, error, children }: FieldShell & { children: ReactNode }) {
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {message ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </Shell>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  ...textarea
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        rows={4}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </Shell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  /** options sharing a group are shown under it (an optgroup), in order of first appearance */
  group?: string;
}

function Options({ options }: { options: SelectOption[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: SelectOption[] }) {
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              <Options options={options.filter((o) => o.group === group)} />
            </optgroup>
          ) : (
            <Options key="" options={options.filter((o) => !o.group)} />
          ),
        )}
      </select>
    </Shell>
  );
}
