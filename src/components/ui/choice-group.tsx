interface Props {
  /** the form field name; each input's id is `${name}-${value}` */
  name: string;
  legend: string;
  hint?: string;
  error?: string[] | string;
  type: "checkbox" | "radio";
  options: { value: string; label: string }[];
  defaultValues?: string[];
}

/** A labelled group of checkboxes or radios, its error beside it and read out with the first one. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  type,
  options,
  defaultValues = [],
}: Props) {
  const message = Array.isArray(error) ? error[0] : error;
  const described =
    [hint ? `${name}-hint` : null, message ? `${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={described}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {options.map((o, i) => (
          <label
            key={o.value}
            htmlFor={`${name}-${o.value}`}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input
              id={`${name}-${o.value}`}
              type={type}
              name={name}
              value={o.value}
              defaultChecked={defaultValues.includes(o.value)}
              aria-invalid={message && i === 0 ? true : undefined}
              aria-describedby={i === 0 ? described : undefined}
              className="size-4 accent-brand-700"
            />
            {o.label}
          </label>
        ))}
      </div>
      {message ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}
