"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { statusTone } from "~/components/app/format";
import { sinceLabel } from "~/dates";
import { coupleStatusLabel } from "~/domain/couple";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import type { CaseloadRow } from "~/server/caseload/caseload";
import { formText } from "~/components/ui/form-data";
import { CaseloadCounters } from "./caseload-counters";
import { dateFormat, type DateStyle } from "~/dates";

interface Props {
  practiceId: string;
  rows: CaseloadRow[];
  /** Present for owners and admins, who may reassign. */
  therapists: { value: string; label: string }[] | null;
  /** The practice has no couple yet: say so, rather than blame the filters. */
  firstRun?: boolean;
  /** how the practice writes dates ("Nov 16, 2026" or "16 Nov 2026") */
  dateStyle: DateStyle;
}

export function CaseloadList({ practiceId, rows, therapists, firstRun = false, dateStyle }: Props) {
  // A session day is a calendar day: written as it is, whatever the zone.
  const dates = dateFormat({ style: dateStyle, timeZone: "UTC" });
  const trpc = useTRPC();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const reassign = useMutation(
    trpc.couples.reassign.mutationOptions({
      onSuccess: ({ reassigned }) => {
        setSelected(new Set());
        setDone(`${reassigned} ${reassigned === 1 ? "couple" : "couples"} reassigned.`);
        router.refresh();
      },
    }),
  );
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      {therapists && selected.size > 0 ? (
        <form
          aria-label="Reassign selected couples"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
          onSubmit={(event) => {
            event.preventDefault();
            const therapistUserId = formText(new FormData(event.currentTarget), "reassignTo");
            setDone(null);
            reassign.mutate({ practiceId, coupleIds: [...selected], therapistUserId });
          }}
        >
          <p className="w-full text-sm font-medium">{selected.size} selected</p>
          <div className="min-w-56 flex-1">
            <SelectField id="reassignTo" label="Reassign to" options={therapists} />
          </div>
          <Button type="submit" disabled={reassign.isPending}>
            {reassign.isPending ? "Reassigning…" : "Reassign"}
          </Button>
          <div className="w-full">
            <FormError error={reassign.error} />
          </div>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {firstRun
            ? "No couples yet. Add your first couple to start assigning homework."
            : "No couples match. Add a couple, or change the filters."}
        </p>
      ) : (
        <>
          <div
            aria-hidden="true"
            className="hidden gap-4 px-4 text-xs font-semibold tracking-wide text-slate-600 uppercase sm:grid sm:grid-cols-[2fr_1fr_1fr_1fr]"
            style={therapists ? { paddingLeft: "3rem" } : undefined}
          >
            <span>Couple</span>
            <span>Therapist</span>
            <span>Status · last activity · last session</span>
            <span>Needs attention</span>
          </div>
          <ul
            aria-label="Couples"
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          >
            {rows.map((row) => (
              <li key={row.id} className="flex items-start gap-3 p-4">
                {therapists ? (
                  <input
                    type="checkbox"
                    className="mt-1 size-5 accent-brand-700"
                    aria-label={`Select ${row.label}`}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                ) : null}
                <div className="grid flex-1 gap-1 sm:grid-cols-[2fr_1fr_1fr_1fr] sm:items-center sm:gap-4">
                  <div className="min-w-0">
                    <Link
                      href={`/p/${practiceId}/couples/${row.id}`}
                      className="font-semibold text-brand-700 hover:underline"
                    >
                      {row.label}
                    </Link>
                    {row.partnerNames.join(" & ") !== row.label ? (
                      <p className="truncate text-sm text-slate-600">
                        {row.partnerNames.join(" & ")}
                      </p>
                    ) : null}
                  </div>
                  <p className="text-sm text-slate-700">
                    <span className="sr-only">Therapist: </span>
                    {row.therapist.name ?? row.therapist.email}
                  </p>
                  <p className="text-sm text-slate-700">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusTone[row.status]}`}
                    >
                      {coupleStatusLabel[row.status]}
                    </span>{" "}
                    <span className="text-slate-600">
                      <span className="sr-only">Last activity: </span>
                      {sinceLabel(row.lastActivityAt)}
                    </span>
                    <span className="block text-slate-600">
                      {row.lastSessionOn
                        ? `Last session ${dates.calendarDate(row.lastSessionOn)}`
                        : "No session recorded"}
                    </span>
                  </p>
                  <CaseloadCounters row={row} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
