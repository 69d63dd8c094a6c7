"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { FormError } from "~/components/ui/form-error";
import { ConfirmButton } from "~/components/ui/confirm-button";
import type { Role } from "~/domain/practice";
import { mayRemove, offeredRoles } from "~/domain/roles";
import { dateFormat, type DateSettings } from "~/dates";
import { AwayDatesForm } from "./away-dates-form";
import { RoleControl } from "./role-control";

interface Member {
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  couples: number;
  awayFrom: string | null;
  awayUntil: string | null;
}

export function MemberList({
  practiceId,
  members,
  selfUserId,
  viewerRole,
  dates,
  safetyBackupUserId,
}: {
  practiceId: string;
  members: Member[];
  selfUserId: string;
  /** the role of whoever is looking: only owners are offered the owner role */
  viewerRole: Role;
  dates: DateSettings;
  /** the practice's safety backup, marked in the list */
  safetyBackupUserId: string | null;
}) {
  const format = dateFormat(dates);
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const remove = useMutation(
    trpc.members.remove.mutationOptions({ onSuccess: succeed("Member removed.") }),
  );
  const error = remove.error;
  const owners = members.filter((m) => m.role === "owner").length;
  return (
    <div className="space-y-4">
      <FormError error={error} />
      {note && !error ? <Alert tone="success">{note}</Alert> : null}
      <ul aria-label="Members" className="divide-y divide-slate-200">
        {members.map((m) => {
          const name = m.name ?? m.email;
          const seat = { role: m.role };
          return (
            <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3">
              <div className="min-w-0 basis-full sm:basis-auto sm:flex-1">
                <p className="font-medium">
                  {name}
                  {m.userId === selfUserId ? <span className="text-slate-600"> (you)</span> : null}
                  {m.userId === safetyBackupUserId ? (
                    <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
                      Safety backup
                    </span>
                  ) : null}
                </p>
                <p className="text-sm break-all text-slate-600">
                  {m.email} · {m.couples} current {m.couples === 1 ? "couple" : "couples"}
                </p>
                {m.awayFrom && m.awayUntil ? (
                  <p className="text-sm font-medium text-amber-900">
                    Away {format.calendarRange(m.awayFrom, m.awayUntil)}
                  </p>
                ) : null}
              </div>
              <RoleControl
                key={m.userId}
                practiceId={practiceId}
                userId={m.userId}
                name={name}
                role={m.role}
                offered={offeredRoles(viewerRole, seat, owners)}
              />
              {mayRemove(viewerRole, seat, owners) ? (
                <ConfirmButton
                  label={
                    <>
                      Remove<span className="sr-only"> {name}</span>
                    </>
                  }
                  question={`Remove ${name} from the practice?`}
                  confirmLabel="Remove"
                  dismissLabel="Keep"
                  pending={remove.isPending}
                  onConfirm={() => {
                    clear();
                    remove.mutate({ practiceId, userId: m.userId });
                  }}
                />
              ) : null}
              <details className="basis-full rounded-md border border-slate-200">
                <summary className="min-h-11 cursor-pointer px-3 py-2.5 text-sm font-semibold text-brand-700">
                  Away dates<span className="sr-only"> of {name}</span>
                </summary>
                <div className="border-t border-slate-200 p-3">
                  <AwayDatesForm
                    practiceId={practiceId}
                    userId={m.userId}
                    name={m.userId === selfUserId ? "yours" : name}
                    awayFrom={m.awayFrom}
                    awayUntil={m.awayUntil}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
