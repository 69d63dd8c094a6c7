"use client";

import { useMutation } from "@tanstack/react-query";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { optionsOf } from "~/domain/options";
import { roleLabel, roles, type Role } from "~/domain/practice";

interface Member {
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  couples: number;
}

const roleOptions = optionsOf(roles, roleLabel);

export function MemberList({
  practiceId,
  members,
  selfUserId,
}: {
  practiceId: string;
  members: Member[];
  selfUserId: string;
}) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({ onSuccess: succeed("Role changed.") }),
  );
  const remove = useMutation(
    trpc.members.remove.mutationOptions({ onSuccess: succeed("Member removed.") }),
  );
  const error = changeRole.error ?? remove.error;
  return (
    <div className="space-y-4">
      <FormError error={error} />
      {note && !error ? <Alert tone="success">{note}</Alert> : null}
      <ul aria-label="Members" className="divide-y divide-slate-200">
        {members.map((m) => {
          const name = m.name ?? m.email;
          return (
            <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3">
              <div className="min-w-0 basis-full sm:basis-auto sm:flex-1">
                <p className="font-medium">
                  {name}
                  {m.userId === selfUserId ? <span className="text-slate-600"> (you)</span> : null}
                </p>
                <p className="text-sm break-all text-slate-600">
                  {m.email} · {m.couples} current {m.couples === 1 ? "couple" : "couples"}
                </p>
              </div>
              <label className="sr-only" htmlFor={`role-${m.userId}`}>
                Role of {name}
              </label>
              <select
                id={`role-${m.userId}`}
                className="min-h-11 rounded-md border border-slate-300 bg-white px-2"
                value={m.role}
                disabled={changeRole.isPending}
                onChange={(event) => {
                  clear();
                  remove.reset();
                  changeRole.mutate({
                    practiceId,
                    userId: m.userId,
                    role: event.target.value as Role,
                  });
                }}
              >
                {roleOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <Button
                variant="danger"
                disabled={remove.isPending}
                onClick={() => {
                  if (!window.confirm(`Remove ${name} from the practice?`)) return;
                  clear();
                  changeRole.reset();
                  remove.mutate({ practiceId, userId: m.userId });
                }}
              >
                Remove<span className="sr-only"> {name}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
