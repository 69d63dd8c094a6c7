"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { roleLabel, type Role } from "~/domain/practice";
import { roleChangeQuestion } from "~/domain/roles";

/**
 * A member's role: chosen, then saved with an explicit button, and every change of privilege
 * confirmed in place with what it changes. With one role on offer there is nothing to change,
 * so the role is shown as text. Key it by the member only: when a refresh brings a new saved role,
 * the choice starts afresh from it while the note saying what was saved stays.
 */
export function RoleControl({
  practiceId,
  userId,
  name,
  role,
  offered,
}: {
  practiceId: string;
  userId: string;
  name: string;
  role: Role;
  offered: Role[];
}) {
  const trpc = useTRPC();
  const { note, clear, succeed } = useSuccessNote();
  const [chosen, setChosen] = useState<Role>(role);
  const [asking, setAsking] = useState(false);
  const [savedRole, setSavedRole] = useState<Role>(role);
  if (role !== savedRole) {
    setSavedRole(role);
    setChosen(role);
    setAsking(false);
  }
  const confirmRef = useRef<HTMLButtonElement>(null);
  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({
      onSuccess: succeed(`Role saved: ${name} is now ${roleLabel[chosen]}.`),
    }),
  );
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const id = `role-${userId}`;
  if (offered.length <= 1) {
    return (
      <p className="text-sm">
        <span className="sr-only">Role of {name}: </span>
        <span className="font-medium">{roleLabel[role]}</span>
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={id}>
        Role of {name}
      </label>
      <select
        id={id}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-2"
        value={chosen}
        disabled={changeRole.isPending || asking}
        onChange={(event) => {
          clear();
          changeRole.reset();
          setChosen(event.target.value as Role);
        }}
      >
        {offered.map((r) => (
          <option key={r} value={r}>
            {roleLabel[r]}
          </option>
        ))}
      </select>
      {chosen !== role && !asking ? (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          Save role<span className="sr-only"> of {name}</span>
        </Button>
      ) : null}
      {asking ? (
        <div
          role="group"
          aria-label={`Confirm the role change of ${name}`}
          onKeyDown={(event) => {
            if (event.key === "Escape") setAsking(false);
          }}
          className="flex basis-full flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p className="basis-full text-sm text-amber-950">
            {roleChangeQuestion(name, role, chosen)}
          </p>
          <Button
            ref={confirmRef}
            disabled={changeRole.isPending}
            onClick={() => {
              setAsking(false);
              changeRole.mutate({ practiceId, userId, role: chosen });
            }}
          >
            Make {roleLabel[chosen].toLowerCase()}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setAsking(false);
              setChosen(role);
            }}
          >
            Keep {roleLabel[role].toLowerCase()}
          </Button>
        </div>
      ) : null}
      <div className="basis-full empty:hidden">
        <FormError error={changeRole.error} />
        {note && !changeRole.error ? <Alert tone="success">{note}</Alert> : null}
      </div>
    </div>
  );
}
