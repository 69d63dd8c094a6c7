"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { callProcedure } from "~/components/partner/call-procedure";
import { useResendWhenBack } from "~/components/partner/resend-when-back";
import {
  clearDraft,
  draftKey,
  loadDraft,
  type DraftPlace,
  newDraft,
  saveDraft,
  type Draft,
} from "~/components/partner/draft-store";
import { FieldInput } from "~/components/partner/field-input";
import { fieldsOf, isFieldVisible } from "~/homework/conditional-fields";
import type { KindKey, Section } from "~/homework/types";
import type { FieldErrors } from "~/validation/field-errors";

interface Props {
  partnerId: string;
  entryId: string;
  kind: KindKey;
  /** the questions the author may answer again (all the kind's later fields, or some of them) */
  sections: Section[];
  /** their answers to every later field as the entry reads now; those not asked are sent as they are */
  values: Record<string, unknown>;
  /** "Update whether it was repaired" */
  openLabel: string;
  /** a quick log not yet completed: the way to add the rest is the main button */
  prominent?: boolean;
  draftPlace: DraftPlace;
}

type Status =
  | { kind: "closed" }
  | { kind: "editing" }
  | { kind: "sending" }
  | { kind: "offline"; retryAfterSeconds: number | null }
  | { kind: "error"; message: string }
  | { kind: "saved" };

function visibleValues(sections: Section[], values: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const field of sections.flatMap((s) => s.fields)) {
    if (!isFieldVisible(sections, field, values)) continue;
    if (values[field.name] !== undefined && values[field.name] !== "")
      out[field.name] = values[field.name];
  }
  return out;
}

/**
 * The author's later word on an entry (was it repaired, did it land), kept on the device as they
 * type, like the homework forms, and sent once on the device's key. The original stays as sent.
 */
export function EntryUpdateForm(props: Props) {
  // Beside the homework drafts, so whatever clears those (sending, signing out) clears this too.
  const key = draftKey(props.partnerId, `update-${props.entryId}`);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "closed" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const sending = useRef(false);
  const router = useRouter();

  const { ownDevice, draftDays } = props.draftPlace;
  useEffect(() => {
    const kept = loadDraft(key, { ownDevice, draftDays });
    if (!kept) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
    setDraft(kept);
    setStatus({ kind: "editing" });
  }, [key, ownDevice, draftDays]);
  useEffect(() => {
    if (draft && status.kind !== "saved" && status.kind !== "closed")
      saveDraft(key, draft, { ownDevice, draftDays });
  }, [draft, key, status.kind, ownDevice, draftDays]);

  const submit = useCallback(async () => {
    if (!draft || sending.current) return;
    sending.current = true;
    setStatus({ kind: "sending" });
    // Each update says what all later fields are now, so the newest one is the whole story.
    const asked = new Set(fieldsOf(props.sections).map((field) => field.name));
    const notAsked = Object.entries(props.values).filter(([name]) => !asked.has(name));
    const result = await callProcedure("partner.updateEntry", {
      entryId: props.entryId,
      kind: props.kind,
      idempotencyKey: draft.idempotencyKey,
      payload: { ...Object.fromEntries(notAsked), ...visibleValues(props.sections, draft.values) },
    });
    sending.current = false;
    if (result.ok) {
      clearDraft(key);
      setErrors({});
      setDraft(null);
      setStatus({ kind: "saved" });
      router.refresh();
    } else if (result.offline) {
      setStatus({ kind: "offline", retryAfterSeconds: result.retryAfterSeconds });
    } else {
      setErrors(result.fieldErrors);
      setStatus({ kind: "error", message: result.message });
    }
  }, [draft, key, props.entryId, props.kind, props.sections, props.values, router]);

  const resend = useCallback(() => void submit(), [submit]);
  useResendWhenBack(
    status.kind === "offline",
    status.kind === "offline" ? status.retryAfterSeconds : null,
    resend,
  );

  if (status.kind === "closed" || status.kind === "saved" || !draft) {
    return (
      <div className="space-y-3">
        {status.kind === "saved" ? (
          <p role="status" className="rounded-lg bg-emerald-50 p-4 text-emerald-950">
            Updated. Your therapist sees what you said now, and what you first wrote.
          </p>
        ) : null}
        <button
          type="button"
          className={
            props.prominent
              ? "min-h-14 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white"
              : "min-h-12 w-full rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800"
          }
          onClick={() => {
            setDraft({ ...newDraft(), values: { ...props.values } });
            setStatus({ kind: "editing" });
          }}
        >
          {props.openLabel}
        </button>
      </div>
    );
  }

  const setValue = (name: string, value: unknown) =>
    setDraft((d) => (d ? { ...d, values: { ...d.values, [name]: value } } : d));
  return (
    <form
      noValidate
      aria-labelledby="update-heading"
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="update-heading" className="text-lg font-semibold">
        {props.openLabel}
      </h2>
      <p className="text-[15px] text-slate-600">
        Kept on this device until you send it. What you first wrote stays as it was.
      </p>
      {props.sections.map((section, i) => (
        <div key={i} className="space-y-6">
          {section.title && props.sections.length > 1 ? (
            <h3 className="font-semibold">{section.title}</h3>
          ) : null}
          {section.fields
            .filter((field) => isFieldVisible(props.sections, field, draft.values))
            .map((field) => (
              <FieldInput
                key={field.name}
                field={field}
                value={draft.values[field.name]}
                error={errors[`payload.${field.name}`]?.[0]}
                onChange={(value) => setValue(field.name, value)}
                entryRefOptions={[]}
              />
            ))}
        </div>
      ))}
      {status.kind === "error" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-medium text-red-900">
          {status.message}
        </p>
      ) : null}
      {status.kind === "offline" ? (
        <p role="alert" className="rounded-lg bg-amber-50 p-4 text-amber-950">
          You seem to be offline. Your update is safe on this device and will be sent as soon as you
          are back online — or tap Save again.
        </p>
      ) : null}
      <div className="grid gap-2">
        <button
          type="submit"
          disabled={status.kind === "sending"}
          className="min-h-14 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white disabled:bg-slate-400"
        >
          {status.kind === "sending" ? "Saving…" : "Save update"}
        </button>
        <button
          type="button"
          className="min-h-12 w-full rounded-lg px-4 font-medium text-brand-800 underline"
          onClick={() => {
            clearDraft(key);
            setDraft(null);
            setErrors({});
            setStatus({ kind: "closed" });
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
