"use client";

import type { FieldDef } from "~/homework/types";
import { DurationInput } from "./duration-input";
import { IndictmentNote } from "./indictment-note";

export interface EntryRefOption {
  value: string;
  label: string;
}

interface Props {
  field: FieldDef;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  entryRefOptions: EntryRefOption[];
}

const box =
  "block w-full rounded-lg border border-slate-300 bg-white px-4 py-3 aria-[invalid=true]:border-red-700";
const chip =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";

function Described({ id, help, error }: { id: string; help?: string; error?: string }) {
  return (
    <>
      {help ? (
        <p id={`${id}-help`} className="text-[15px] text-slate-600">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, help?: string, error?: string) {
  return (
    [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
  );
}

/** One question of a homework form, drawn from its kind's field definition. */
export function FieldInput({ field, value, error, onChange, entryRefOptions }: Props) {
  const id = `f-${field.name}`;
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, field.help, error),
  };
  const label = (
    <>
      {field.label}
      {field.required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
    </>
  );

  if (field.type === "text") {
    const text = typeof value === "string" ? value : "";
    return (
      <div className="space-y-2">
        <label htmlFor={id} className="block font-medium">
          {label}
        </label>
        <Described id={id} help={field.help} error={error} />
        {field.multiline ? (
          <textarea
            id={id}
            rows={4}
            maxLength={field.maxLength}
            placeholder={field.placeholder}
            className={box}
            value={text}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
        ) : (
          <input
            id={id}
            type="text"
            maxLength={field.maxLength}
            placeholder={field.placeholder}
            className={box}
            value={text}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
        )}
        {field.indictmentHint ? <IndictmentNote text={text} /> : null}
      </div>
    );
  }

  if (
    field.type === "choice" ||
    field.type === "multi" ||
    field.type === "boolean" ||
    field.type === "scale"
  ) {
    const options =
      field.type === "boolean"
        ? [
            { value: "true", label: field.trueLabel },
            { value: "false", label: field.falseLabel },
          ]
        : field.type === "scale"
          ? Array.from({ length: field.max - field.min + 1 }, (_, i) => ({
              value: String(field.min + i),
              label: field.labels?.[i] ?? String(field.min + i),
            }))
          : field.options;
    // A scale with a word for each point (CSI-4) reads as a list; a bare 0–10 scale as a row.
    const numeric = field.type === "scale" && !field.labels;
    const multi = field.type === "multi";
    const selected = multi
      ? Array.isArray(value)
        ? value.map(String)
        : []
      : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? [String(value)]
        : [];
    const pick = (optionValue: string, checked: boolean) => {
      if (multi)
        onChange(checked ? [...selected, optionValue] : selected.filter((v) => v !== optionValue));
      else if (field.type === "boolean") onChange(optionValue === "true");
      else if (field.type === "scale") onChange(Number(optionValue));
      else onChange(optionValue);
    };
    return (
      <fieldset className="space-y-2" {...aria}>
        <legend className="mb-1 font-medium">{label}</legend>
        <Described id={id} help={field.help} error={error} />
        {numeric ? (
          <p className="flex justify-between text-[15px] text-slate-600" aria-hidden="true">
            <span>{field.minLabel}</span>
            <span>{field.maxLabel}</span>
          </p>
        ) : null}
        <div className={numeric ? "grid grid-cols-6 gap-2 sm:grid-cols-11" : "grid gap-2"}>
          {options.map((o) => (
            <label key={o.value} className={numeric ? `${chip} justify-center px-0` : chip}>
              <input
                type={multi ? "checkbox" : "radio"}
                name={id}
                value={o.value}
                checked={selected.includes(o.value)}
                onChange={(e) => pick(o.value, e.target.checked)}
                className="size-5 accent-brand-700"
                aria-label={
                  numeric && field.type === "scale"
                    ? `${o.value}${o.value === String(field.min) ? ` (${field.minLabel})` : o.value === String(field.max) ? ` (${field.maxLabel})` : ""}`
                    : undefined
                }
              />
              <span aria-hidden={numeric ? true : undefined}>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  if (field.type === "duration") {
    return (
      <DurationInput
        id={id}
        label={label}
        units={field.units}
        value={value}
        onChange={onChange}
        described={<Described id={id} help={field.help} error={error} />}
        describedBy={aria["aria-describedby"]}
        invalid={Boolean(error)}
      />
    );
  }

  // entryRef: one of the author's own earlier entries
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <Described id={id} help={field.help} error={error} />
      <select
        id={id}
        className={box}
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onChange(e.target.value || undefined)}
        {...aria}
      >
        <option value="">None</option>
        {entryRefOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
