"use client";

import type { DurationUnit } from "~/homework/types";

interface Props {
  id: string;
  label: React.ReactNode;
  units: readonly DurationUnit[];
  value: unknown;
  onChange: (value: unknown) => void;
  /** the help and error paragraphs, drawn by the caller */
  described: React.ReactNode;
  describedBy?: string;
  invalid: boolean;
}

interface Answer {
  amount?: number;
  unit?: DurationUnit;
}

function current(value: unknown): Answer {
  if (typeof value !== "object" || value === null) return {};
  const { amount, unit } = value as Answer;
  return { amount: typeof amount === "number" ? amount : undefined, unit };
}

const box =
  "block w-full rounded-lg border border-slate-300 bg-white px-4 py-3 aria-[invalid=true]:border-red-700";

/**
 * "How long after?" as a number and the unit the partner picks. No unit is assumed: "2" alone
 * could be minutes or hours, so the form asks (the server refuses a number without one).
 */
export function DurationInput(props: Props) {
  const { amount, unit } = current(props.value);
  const change = (next: Answer) => {
    const merged = { amount, unit, ...next };
    props.onChange(
      merged.amount === undefined && merged.unit === undefined
        ? undefined
        : {
            ...(merged.amount === undefined ? {} : { amount: merged.amount }),
            ...(merged.unit ? { unit: merged.unit } : {}),
          },
    );
  };
  const aria = {
    "aria-invalid": props.invalid ? true : undefined,
    "aria-describedby": props.describedBy,
  };
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{props.label}</legend>
      {props.described}
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={props.id} className="block text-[15px] text-slate-700">
            How many
          </label>
          <input
            id={props.id}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            className={box}
            value={amount ?? ""}
            onChange={(e) =>
              change({ amount: e.target.value === "" ? undefined : Number(e.target.value) })
            }
            {...aria}
          />
        </div>
        <div>
          <label htmlFor={`${props.id}-unit`} className="block text-[15px] text-slate-700">
            Minutes, hours or days
          </label>
          <select
            id={`${props.id}-unit`}
            className={box}
            value={unit ?? ""}
            onChange={(e) =>
              change({ unit: (e.target.value || undefined) as DurationUnit | undefined })
            }
            {...aria}
          >
            <option value="">Choose…</option>
            {props.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
