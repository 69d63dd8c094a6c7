"use client";

import type { FieldDef } from "~/homework/types";
import { Described, describedBy } from "./field-description";

type ScaleField = Extract<FieldDef, { type: "scale" }>;

interface Props {
  field: ScaleField;
  id: string;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
}

/**
 * A 0–10 scale as one row of eleven radios, narrow enough for a 375 px phone: each radio fills its
 * numbered box (invisible, so the box is what shows and what a tap hits), is named with its number
 * and, at the ends, the end's words; arrow keys move along the row as in any radio group.
 */
export function NumberScale({ field, id, value, error, onChange }: Props) {
  const points = Array.from({ length: field.max - field.min + 1 }, (_, i) => field.min + i);
  const name = (point: number) =>
    point === field.min
      ? `${point} (${field.minLabel})`
      : point === field.max
        ? `${point} (${field.maxLabel})`
        : String(point);
  return (
    <fieldset
      className="space-y-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, field.help, error)}
    >
      <legend className="mb-1 font-medium">
        {field.label}
        {field.required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </legend>
      <Described id={id} help={field.help} error={error} />
      <div className="grid grid-cols-11 gap-1">
        {points.map((point) => (
          <label
            key={point}
            className="relative flex min-h-12 items-center justify-center rounded-md border border-slate-300 bg-white font-medium tabular-nums has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700"
          >
            <input
              type="radio"
              name={id}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
              aria-label={name(point)}
              className="absolute inset-0 size-full cursor-pointer appearance-none rounded-md"
            />
            <span aria-hidden="true">{point}</span>
          </label>
        ))}
      </div>
      <p className="flex justify-between text-[15px] text-slate-600" aria-hidden="true">
        <span>{field.minLabel}</span>
        <span>{field.maxLabel}</span>
      </p>
    </fieldset>
  );
}
