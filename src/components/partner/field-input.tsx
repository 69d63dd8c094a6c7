"use client";

import type { FieldDef } from "~/homework/types";
import { CoupleItemInput, type CoupleItemOption } from "./couple-item-input";
import { DurationInput } from "./duration-input";
import { IndictmentNote } from "./indictment-note";
import { Described, describedBy } from "./field-description";
import { NumberScale } from "./number-scale";

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
  /** the couple's rituals and small wins, for a coupleItem field */
  coupleItemOptions?: CoupleItemOption[];
  /** the quick form: a single choice as a select, so three questions fit one phone screen */
  compact?: boolean;
}

const box =
  "block w-full rounded-lg border border-slate-300 bg-white px-4 py-3 aria-[invalid=true]:border-red-700";
const chip =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";

/** One question of a homework form, drawn from its kind's field definition. */
export function FieldInput({
  field,
  value,
  error,
  onChange,
  entryRefOptions,
  coupleItemOptions = [],
  compact,
}: Props) {
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
            rows={compact ? 2 : 4}
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

  if (field.type === "choice" && compact) {
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
          <option value="">Choose one</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }

  if (field.type === "scale" && !field.labels) {
    return <NumberScale field={field} id={id} value={value} error={error} onChange={onChange} />;
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
    // Short options (feelings, yes / not yet) sit two to a row; long sentences keep a row each.
    const twoColumns = field.type !== "scale" && options.every((o) => o.label.length <= 24);
    return (
      <fieldset className="space-y-2" {...aria}>
        <legend className="mb-1 font-medium">{label}</legend>
        <Described id={id} help={field.help} error={error} />
        <div className={twoColumns ? "grid grid-cols-2 gap-2" : "grid gap-2"}>
          {options.map((o) => (
            <label key={o.value} className={twoColumns ? `${chip} px-3` : chip}>
              <input
                type={multi ? "checkbox" : "radio"}
                name={id}
                value={o.value}
                checked={selected.includes(o.value)}
                onChange={(e) => pick(o.value, e.target.checked)}
                className="size-5 shrink-0 accent-brand-700"
              />
              <span>{o.label}</span>
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

  if (field.type === "coupleItem") {
    return (
      <CoupleItemInput
        field={field}
        id={id}
        label={label}
        value={value}
        error={error}
        onChange={onChange}
        options={coupleItemOptions.filter((o) => o.type === field.itemType)}
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
