"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { KindKey, Section } from "~/homework/types";
import { callProcedure } from "./call-procedure";
import { useResendWhenBack } from "./resend-when-back";
import { CrisisText, WhoReadsThis } from "./crisis-text";
import {
  clearDraft,
  draftKey,
  dropExpiredDrafts,
  loadDraft,
  newDraft,
  saveDraft,
  type Draft,
  type DraftPlace,
} from "./draft-store";
import type { CoupleItemOption } from "./couple-item-input";
import { FieldInput, type EntryRefOption } from "./field-input";
import { SharePreview } from "./share-preview";
import { answerRows } from "~/homework/answers";
import { isFieldVisible } from "~/homework/conditional-fields";
import type { FieldErrors } from "~/validation/field-errors";

interface Props {
  partnerId: string;
  assignmentId: string;
  kind: KindKey;
  sections: Section[];
  asksWhen: boolean;
  crisisText: string;
  /** The practice's secrets policy, shown where the partner chooses private or shared. */
  secretsPolicy: string;
  /** Own device: localStorage for the practice's draft days; otherwise this tab only. */
  draftPlace: DraftPlace;
  entryRefOptions: EntryRefOption[];
  /** The couple's active rituals and small wins (the ritual tracker, small wins). */
  coupleItemOptions?: CoupleItemOption[];
  /**
   * Answers a new draft starts with: the stage a reflection's homework asks for, the day a ritual
   * tick is for. Kept with the draft and sent with it (a preset that is not a question too), so a
   * tick sent later from an offline phone keeps its day.
   */
  presetValues?: Record<string, unknown>;
  /** The kind is shared unless its author says otherwise (small wins): the box starts ticked. */
  defaultShared?: boolean;
  /** False in a session opened from a link staff showed on screen: sharing is the partner's own call. */
  canShare?: boolean;
  /** Why this kind is never shared (the CSI-4): said instead of offering the share box. */
  neverShared?: string;
  /** The kind's title, for the preview of what the other partner will see. */
  title?: string;
  /** The therapist's preview: the same form, but nothing is kept on the device or sent. */
  preview?: boolean;
  /**
   * The kind's quick form (its few questions, one phone screen), saved as a quick entry that stays
   * private and can be completed later; `fullHref` opens the full form on the same draft.
   */
  quick?: { fullHref: string };
  /** On the full form of a kind that has a quick one: where the quick form is. */
  quickHref?: string;
}

type Status =
  | { kind: "editing" }
  | { kind: "sending" }
  /** not sent yet, kept on the device and resent by itself; `unreachable`: the server said "later" */
  | { kind: "offline"; retryAfterSeconds: number | null; unreachable: boolean }
  | { kind: "error"; message: string }
  | { kind: "saved"; shared: boolean; safety: boolean; entryId: string }
  | { kind: "preview" }
  /** Share is ticked: first, what the other partner will see; sent once confirmed. */
  | { kind: "confirm-share" };

/** A homework form that keeps a draft on the device and sends it exactly once. */
export function EntryForm(props: Props) {
  const key = draftKey(props.partnerId, props.assignmentId);
  // A preview has no device copy to wait for, so it renders complete from the server.
  const presets = JSON.stringify(props.presetValues ?? {});
  const canShare = shareable(props);
  const defaultShare = Boolean(props.defaultShared) && canShare;
  // A new draft: the presets, and the kind's default visibility where the partner can share.
  const startDraft = useCallback(
    (from?: Draft): Draft => ({
      ...(from ?? newDraft()),
      values: JSON.parse(presets) as Record<string, unknown>,
      share: defaultShare,
    }),
    [presets, defaultShare],
  );
  const [draft, setDraft] = useState<Draft | null>(() => (props.preview ? startDraft() : null));
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const sending = useRef(false);
  // The draft whose share preview the partner confirmed: any later change asks again.
  const shareConfirmed = useRef<Draft | null>(null);

  // The draft is read after hydration: the server cannot see this device's storage.
  const { preview } = props;
  const { ownDevice, draftDays } = props.draftPlace;
  useEffect(() => {
    if (preview) return;
    if (ownDevice) dropExpiredDrafts(draftDays);
    const loaded = loadDraft(key, { ownDevice, draftDays });
    // A kept draft with nothing answered yet starts again from today's presets (its key kept).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- storage exists only after hydration
    setDraft(loaded && answered(loaded, presets) ? loaded : startDraft(loaded ?? undefined));
  }, [key, preview, ownDevice, draftDays, presets, startDraft]);
  useEffect(() => {
    if (draft && !preview && status.kind !== "saved")
      saveDraft(key, draft, { ownDevice, draftDays });
  }, [draft, key, preview, status.kind, ownDevice, draftDays]);

  const update = (change: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...change } : d));
  const setValue = (name: string, value: unknown) =>
    setDraft((d) => (d ? { ...d, values: { ...d.values, [name]: value } } : d));

  const quick = Boolean(props.quick);
  const submit = useCallback(async () => {
    if (!draft || sending.current) return;
    if (preview) {
      setStatus({ kind: "preview" });
      return;
    }
    if (draft.share && !draft.safetyFlag && canShare && shareConfirmed.current !== draft) {
      setStatus({ kind: "confirm-share" });
      return;
    }
    sending.current = true;
    setStatus({ kind: "sending" });
    const result = await callProcedure("partner.submitEntry", {
      kind: props.kind,
      assignmentId: props.assignmentId,
      idempotencyKey: draft.idempotencyKey,
      occurredAt: draft.occurredAt ? new Date(draft.occurredAt).toISOString() : undefined,
      payload: {
        ...presetsSent(props.sections, draft.values, presets),
        ...visibleValues(props.sections, draft.values),
      },
      share: draft.share && !draft.safetyFlag && canShare && !quick,
      safetyFlag: draft.safetyFlag,
      quick,
    });
    sending.current = false;
    if (result.ok) {
      clearDraft(key);
      setErrors({});
      setStatus({
        kind: "saved",
        shared: draft.share && !draft.safetyFlag && canShare && !quick,
        safety: draft.safetyFlag,
        entryId: result.data.id,
      });
    } else if (result.offline) {
      setStatus({
        kind: "offline",
        retryAfterSeconds: result.retryAfterSeconds,
        unreachable: result.offline === "try again later",
      });
    } else {
      setErrors(result.fieldErrors);
      setStatus({ kind: "error", message: result.message });
    }
  }, [
    canShare,
    draft,
    key,
    preview,
    presets,
    props.assignmentId,
    props.kind,
    props.sections,
    quick,
  ]);

  // Back online, or the server ready again: send what was waiting.
  const resend = useCallback(() => void submit(), [submit]);
  useResendWhenBack(
    status.kind === "offline",
    status.kind === "offline" ? status.retryAfterSeconds : null,
    resend,
  );

  useEffect(() => {
    if (status.kind !== "error") return;
    document
      .querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')
      ?.focus();
  }, [status]);

  if (status.kind === "saved")
    return (
      <SavedPanel
        shared={status.shared}
        safety={status.safety}
        crisisText={props.crisisText}
        quickEntryId={quick ? status.entryId : null}
      />
    );
  if (!draft) return <p aria-busy="true">Loading your form…</p>;
  if (status.kind === "confirm-share")
    return (
      <SharePreview
        title={props.title ?? "Entry"}
        rows={answerRows(props.sections, visibleValues(props.sections, draft.values))}
        confirmLabel="Share and send"
        backLabel="Back to my answers"
        onConfirm={() => {
          shareConfirmed.current = draft;
          void submit();
        }}
        onBack={() => setStatus({ kind: "editing" })}
      />
    );

  return (
    <form
      noValidate
      aria-label={quick ? "Quick log" : undefined}
      className={quick ? "space-y-4" : "space-y-8"}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {quick ? null : (
        <p className="text-[15px] text-slate-600" aria-live="polite">
          {ownDevice
            ? "Your answers are kept on this device as you type, until you send them."
            : "Your answers are kept in this tab as you type, until you send them or close it."}
        </p>
      )}
      <FormSwitch
        quick={props.quick}
        quickHref={props.quickHref}
        moreAnswered={quick && answersBeyond(props.sections, draft.values)}
      />
      {props.asksWhen && !quick ? (
        <div className="space-y-2">
          <label htmlFor="f-occurredAt" className="block font-medium">
            When did it happen?{" "}
            <span className="font-normal text-slate-600">(optional: leave empty for now)</span>
          </label>
          <input
            id="f-occurredAt"
            type="datetime-local"
            className="block w-full rounded-lg border border-slate-300 bg-white px-4 py-3"
            value={draft.occurredAt ?? ""}
            onChange={(e) => update({ occurredAt: e.target.value || null })}
            aria-invalid={errors.occurredAt ? true : undefined}
          />
          {errors.occurredAt ? (
            <p className="font-medium text-red-700">{errors.occurredAt[0]}</p>
          ) : null}
        </div>
      ) : null}
      {props.sections.map((section, i) => (
        <section key={i} className="space-y-6">
          {section.title ? <h2 className="text-lg font-semibold">{section.title}</h2> : null}
          {section.intro ? <p className="text-slate-700">{section.intro}</p> : null}
          {section.fields
            .filter((field) => isFieldVisible(props.sections, field, draft.values))
            .map((field) => (
              <FieldInput
                key={field.name}
                field={field}
                value={draft.values[field.name]}
                error={errors[`payload.${field.name}`]?.[0]}
                onChange={(value) => setValue(field.name, value)}
                entryRefOptions={props.entryRefOptions}
                coupleItemOptions={props.coupleItemOptions}
                compact={quick}
              />
            ))}
        </section>
      ))}
      <SharingAndSafety
        draft={draft}
        update={update}
        crisisText={props.crisisText}
        secretsPolicy={props.secretsPolicy}
        canShare={canShare && !quick}
        neverShared={props.neverShared}
        quick={quick}
      />
      {status.kind === "error" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-medium text-red-900">
          {status.message}
        </p>
      ) : null}
      {status.kind === "preview" ? (
        <p role="status" className="rounded-lg bg-brand-50 p-4 text-brand-800">
          Preview only: nothing was sent. A partner&rsquo;s answers go to their therapist from here.
        </p>
      ) : null}
      {status.kind === "offline" ? (
        <p role="alert" className="rounded-lg bg-amber-50 p-4 text-amber-950">
          {status.unreachable
            ? "Attune cannot be reached just now. Your answers are safe on this device and will be sent again in a few seconds — or tap Send again."
            : "You seem to be offline. Your answers are safe on this device and will be sent as soon as you are back online — or tap Send again."}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={status.kind === "sending"}
        className="min-h-14 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white disabled:bg-slate-400"
      >
        {status.kind === "sending" ? "Sending…" : "Send to my therapist"}
      </button>
      {quick ? (
        <p className="text-[15px] text-slate-600" aria-live="polite">
          {ownDevice ? "Kept on this device as you type." : "Kept in this tab as you type."} Only
          your therapist sees a quick log; you can share it, or add the rest, later.
        </p>
      ) : null}
    </form>
  );
}

const shareable = (props: Props) => (props.canShare ?? true) && !props.neverShared;

/** Whether the draft holds answers to questions these sections do not ask (from the full form). */
function answersBeyond(sections: Section[], values: Record<string, unknown>): boolean {
  const asked = new Set(sections.flatMap((s) => s.fields).map((field) => field.name));
  return Object.entries(values).some(
    ([name, value]) =>
      !asked.has(name) &&
      value !== undefined &&
      value !== "" &&
      !(Array.isArray(value) && value.length === 0),
  );
}

/** The full form one tap from the quick one, and back: both keep the same draft. */
function FormSwitch({
  quick,
  quickHref,
  moreAnswered,
}: {
  quick?: { fullHref: string };
  quickHref?: string;
  /** the quick form's draft has answers only the full form shows: send from there to keep them */
  moreAnswered: boolean;
}) {
  const link = "inline-block min-h-11 py-2 font-medium text-brand-700 underline";
  if (quick)
    return (
      <p className="text-[15px] text-slate-700">
        {moreAnswered
          ? "You answered more on the full form; send it from there to keep it. "
          : "Three questions; add the rest later, or "}
        <a href={quick.fullHref} className="font-medium text-brand-700 underline">
          {moreAnswered ? "back to the full form" : "open the full form"}
        </a>
      </p>
    );
  if (quickHref)
    return (
      <p className="text-[15px]">
        <a href={quickHref} className={link}>
          Short on time? Use the quick log (three questions)
        </a>
      </p>
    );
  return null;
}

/** Only answers to questions still shown are sent: a hidden follow-up keeps no stale value. */
/** Whether a kept draft holds anything beyond the presets it started with. */
function answered(draft: Draft, presets: string): boolean {
  const preset = JSON.parse(presets) as Record<string, unknown>;
  return Object.entries(draft.values).some(
    ([name, value]) =>
      !(name in preset) &&
      value !== undefined &&
      value !== "" &&
      !(Array.isArray(value) && value.length === 0),
  );
}

/** The presets that are not questions of the form (a ritual tick's day), as the draft keeps them. */
function presetsSent(sections: Section[], values: Record<string, unknown>, presets: string) {
  const asked = new Set(sections.flatMap((s) => s.fields.map((f) => f.name)));
  const names = Object.keys(JSON.parse(presets) as Record<string, unknown>);
  return Object.fromEntries(
    names
      .filter((name) => !asked.has(name) && values[name] !== undefined)
      .map((n) => [n, values[n]]),
  );
}

function visibleValues(sections: Section[], values: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const field of sections.flatMap((s) => s.fields)) {
    if (!isFieldVisible(sections, field, values)) continue;
    if (values[field.name] !== undefined && values[field.name] !== "")
      out[field.name] = values[field.name];
  }
  return out;
}

function SharingAndSafety({
  draft,
  update,
  crisisText,
  secretsPolicy,
  canShare,
  neverShared,
  quick,
}: {
  draft: Draft;
  update: (c: Partial<Draft>) => void;
  crisisText: string;
  secretsPolicy: string;
  canShare: boolean;
  neverShared?: string;
  quick: boolean;
}) {
  return (
    <div
      className={quick ? "space-y-2" : "space-y-4 rounded-lg border border-slate-200 bg-white p-4"}
    >
      {canShare || quick ? null : (
        <p className="text-[15px] text-slate-600">
          {neverShared ??
            "Only your therapist will see this. To share entries with your partner, open Attune from the link emailed to you."}
        </p>
      )}
      <label className={canShare ? "flex min-h-12 items-start gap-3" : "hidden"}>
        <input
          type="checkbox"
          className="mt-1 size-5 accent-brand-700"
          checked={draft.share && !draft.safetyFlag}
          disabled={draft.safetyFlag}
          aria-describedby="share-note"
          onChange={(e) => update({ share: e.target.checked })}
        />
        <span>
          <span className="font-medium">Share this with my partner</span>
          <span id="share-note" className="block text-[15px] text-slate-600">
            {draft.safetyFlag
              ? "Because you said you don't feel safe, this stays between you and your therapist."
              : "Otherwise only your therapist sees it. You can change this later."}
          </span>
        </span>
      </label>
      {quick ? null : <WhoReadsThis policy={secretsPolicy} />}
      <label className="flex min-h-12 items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 size-5 accent-red-700"
          checked={draft.safetyFlag}
          onChange={(e) => update({ safetyFlag: e.target.checked })}
        />
        <span>
          <span className="font-medium">I don&rsquo;t feel safe</span>
          <span className="block text-[15px] text-slate-600">
            Sending this alerts your therapist — never your partner.
          </span>
        </span>
      </label>
      {draft.safetyFlag ? (
        <div role="alert" className="rounded-lg bg-red-50 p-4 text-red-950">
          <CrisisText text={crisisText} />
        </div>
      ) : null}
    </div>
  );
}

function SavedPanel({
  shared,
  safety,
  crisisText,
  quickEntryId,
}: {
  shared: boolean;
  safety: boolean;
  crisisText: string;
  /** a quick log just saved: where its author can add the rest */
  quickEntryId: string | null;
}) {
  return (
    <div
      role="status"
      className="space-y-4 rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950"
    >
      <h2 className="text-xl font-semibold">Saved. Thank you.</h2>
      <p>
        {shared ? "Your therapist and your partner can see it." : "Only your therapist can see it."}
      </p>
      {safety ? (
        <div className="space-y-2 rounded-lg bg-white p-3 text-red-950">
          <p className="font-semibold">Your therapist has been alerted.</p>
          <p>
            <CrisisText text={crisisText} />
          </p>
        </div>
      ) : null}
      {quickEntryId ? (
        <p>
          Saved as a quick log. When you have a moment, you can add how it felt and whether it was
          repaired.{" "}
          <a
            href={`/c/e/${quickEntryId}`}
            className="inline-block font-semibold text-brand-700 underline"
          >
            Add the rest now
          </a>
        </p>
      ) : null}
      <a href="/c" className="inline-block font-semibold text-brand-700 underline">
        Back to my homework
      </a>
    </div>
  );
}
