"use client";

import { useState } from "react";
import { COUPLE_ITEM_LABEL_MAX, ritualRhythmLabel } from "~/domain/couple-items";
import { ritualRhythms, type CoupleItemType, type RitualRhythm } from "~/domain/programmes";
import type { FieldDef } from "~/homework/types";
import { callProcedure } from "./call-procedure";
import { Described } from "./field-description";

/** One of the couple's rituals or small wins, as the form offers it. */
export interface CoupleItemOption {
  id: string;
  label: string;
  type: CoupleItemType;
  rhythm: RitualRhythm | null;
}

type Field = Extract<FieldDef, { type: "coupleItem" }>;

const chip =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";
const box = "block w-full rounded-lg border border-slate-300 bg-white px-4 py-3";

/** What the entry stores for a ticked item: its id and words (and a ritual's rhythm). */
function refOf(field: Field, item: CoupleItemOption) {
  return field.itemType === "ritual"
    ? { id: item.id, label: item.label, rhythm: item.rhythm ?? "daily" }
    : { id: item.id, label: item.label };
}

function idsOf(value: unknown): string[] {
  const refs: unknown[] = Array.isArray(value) ? value : value ? [value] : [];
  return refs.flatMap((ref) =>
    typeof ref === "object" && ref !== null && "id" in ref && typeof ref.id === "string"
      ? [ref.id]
      : [],
  );
}

/**
 * A quick tick list of the couple's rituals (or a pick of one small win), with a way to add one
 * the couple chose together. Ticks live in the form's draft like every other answer.
 */
export function CoupleItemInput(props: {
  field: Field;
  id: string;
  label: React.ReactNode;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  options: CoupleItemOption[];
}) {
  const { field, id } = props;
  const [added, setAdded] = useState<CoupleItemOption[]>([]);
  const options = [
    ...props.options,
    ...added.filter((a) => !props.options.some((o) => o.id === a.id)),
  ];
  const chosen = idsOf(props.value);
  const pick = (item: CoupleItemOption, checked: boolean) => {
    if (!field.multiple) return props.onChange(checked ? refOf(field, item) : undefined);
    const kept = options.filter((o) => (o.id === item.id ? checked : chosen.includes(o.id)));
    props.onChange(kept.map((o) => refOf(field, o)));
  };
  const words = field.itemType === "ritual" ? "rituals" : "small wins";
  return (
    <fieldset className="space-y-2" aria-invalid={props.error ? true : undefined}>
      <legend className="mb-1 font-medium">{props.label}</legend>
      <Described id={id} help={field.help} error={props.error} />
      {options.length === 0 ? (
        <p className="text-slate-700">
          You haven&apos;t chosen any {words} yet. Add one you chose together below, or ask your
          therapist in your next session.
        </p>
      ) : (
        <div className="grid gap-2">
          {options.map((item) => (
            <label key={item.id} className={chip}>
              <input
                type={field.multiple ? "checkbox" : "radio"}
                name={id}
                value={item.id}
                checked={chosen.includes(item.id)}
                onChange={(e) => pick(item, e.target.checked)}
                className="size-5 shrink-0 accent-brand-700"
              />
              <span>
                {item.label}
                {item.rhythm ? (
                  <span className="block text-[15px] text-slate-600">
                    {ritualRhythmLabel[item.rhythm]}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      )}
      <AddCoupleItem
        field={field}
        onAdded={(item) => {
          setAdded((list) => [...list, item]);
          pick(item, true);
        }}
      />
    </fieldset>
  );
}

function AddCoupleItem({
  field,
  onAdded,
}: {
  field: Field;
  onAdded: (item: CoupleItemOption) => void;
}) {
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState("");
  const [rhythm, setRhythm] = useState<RitualRhythm>("daily");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ritual = field.itemType === "ritual";
  const inputId = `${field.name}-new`;
  if (!open) {
    return (
      <button
        type="button"
        className="min-h-12 py-2 font-medium text-brand-700 underline"
        onClick={() => setOpen(true)}
      >
        {ritual ? "Add a ritual we chose" : "Add a small win we chose"}
      </button>
    );
  }
  const add = async () => {
    setBusy(true);
    const result = await callProcedure("partner.addCoupleItem", {
      type: field.itemType,
      label,
      ...(ritual ? { rhythm } : {}),
    });
    setBusy(false);
    if (result.ok) {
      onAdded(result.data);
      setLabel("");
      setOpen(false);
      setMessage(null);
    } else {
      setMessage(
        result.offline
          ? "Adding one needs a connection. Your ticks are kept on this phone meanwhile."
          : (result.fieldErrors.label?.[0] ?? result.message),
      );
    }
  };
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3">
      <label htmlFor={inputId} className="block font-medium">
        {ritual ? "A ritual the two of you chose" : "A small win the two of you chose"}
      </label>
      <input
        id={inputId}
        className={box}
        maxLength={COUPLE_ITEM_LABEL_MAX}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      {ritual ? (
        <select
          aria-label="How often"
          className={box}
          value={rhythm}
          onChange={(e) => setRhythm(e.target.value as RitualRhythm)}
        >
          {ritualRhythms.map((r) => (
            <option key={r} value={r}>
              {ritualRhythmLabel[r]}
            </option>
          ))}
        </select>
      ) : null}
      {message ? <p className="font-medium text-red-700">{message}</p> : null}
      <button
        type="button"
        disabled={busy || label.trim() === ""}
        className="min-h-12 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60"
        onClick={() => void add()}
      >
        Add
      </button>
    </div>
  );
}
