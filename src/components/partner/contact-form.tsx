"use client";

import { useState } from "react";
import type { FieldErrors } from "~/validation/field-errors";
import { EMERGENCY_CONTACT_MAX, PHONE_MAX } from "~/validation/partner-contact";
import { callProcedure } from "./call-procedure";

interface Contact {
  discreetEmails: boolean;
  phone: string | null;
  emergencyContact: string | null;
}

function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

const input = "block w-full rounded-lg border border-slate-300 bg-white px-4 py-3";

/** The partner's own choices: plain emails, and how their therapist can reach them. */
export function ContactForm({ initial }: { initial: Contact }) {
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | { error: string }>("idle");
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <form
      noValidate
      className="space-y-6"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setStatus("saving");
        const result = await callProcedure("partner.updateContact", {
          discreetEmails: form.get("discreetEmails") === "on",
          phone: textOf(form, "phone"),
          emergencyContact: textOf(form, "emergencyContact"),
        });
        setErrors(result.ok ? {} : result.fieldErrors);
        setStatus(result.ok ? "saved" : { error: result.message });
      }}
    >
      <label className="flex min-h-12 items-start gap-3">
        <input
          type="checkbox"
          name="discreetEmails"
          defaultChecked={initial.discreetEmails}
          className="mt-1 size-5 accent-brand-700"
          aria-describedby="discreet-note"
        />
        <span>
          <span className="font-medium">Discreet emails</span>
          <span id="discreet-note" className="block text-[15px] text-slate-600">
            Emails come from &ldquo;your care team&rdquo;, without the practice&rsquo;s name, so a
            lock screen shows nothing about therapy.
          </span>
        </span>
      </label>
      <Field name="phone" label="Your phone number" error={errors.phone?.[0]}>
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          maxLength={PHONE_MAX}
          defaultValue={initial.phone ?? ""}
          className={input}
        />
      </Field>
      <Field
        name="emergencyContact"
        label="Someone safe to contact in an emergency"
        error={errors.emergencyContact?.[0]}
      >
        <textarea
          id="emergencyContact"
          name="emergencyContact"
          rows={2}
          maxLength={EMERGENCY_CONTACT_MAX}
          defaultValue={initial.emergencyContact ?? ""}
          className={input}
        />
      </Field>
      {typeof status === "object" ? (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-medium text-red-900">
          {status.error}
        </p>
      ) : status === "saved" ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-4 text-emerald-950">
          Saved.
        </p>
      ) : null}
      <button
        type="submit"
        disabled={status === "saving"}
        className="min-h-14 w-full rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white disabled:bg-slate-400"
      >
        {status === "saving" ? "Saving…" : "Save"}
      </button>
    </form>
  );
}

function Field(props: { name: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2" aria-invalid={props.error ? true : undefined}>
      <label htmlFor={props.name} className="block font-medium">
        {props.label} <span className="font-normal text-slate-600">(optional)</span>
      </label>
      {props.children}
      <p className="text-[15px] text-slate-600">
        Only your therapist sees this, never your partner.
      </p>
      {props.error ? <p className="font-medium text-red-700">{props.error}</p> : null}
    </div>
  );
}
