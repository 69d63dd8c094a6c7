"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { FormError } from "~/components/ui/form-error";
import type { DateSettings } from "~/dates";
import { emailProblemText } from "./email-problem-text";
import type { LinkSummary } from "./link-summary";
import { ShownLink } from "./shown-link";

interface Props {
  practiceId: string;
  partner: {
    id: string;
    displayName: string;
    email: string | null;
    remindersOff: boolean;
    linksPaused: boolean;
  };
  links: LinkSummary;
  /** the address of an email to this partner that could not be delivered */
  emailProblem: { to: string; retrying: boolean } | null;
  /** the practice's style and the couple's zone, so server and browser write the same day */
  dates: DateSettings;
}

/** One partner's personal link: email it, show it in session (copy, QR), or revoke it. */
export function PartnerLinks({ practiceId, partner, links, emailProblem, dates }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const name = partner.displayName;
  const { note, clear, succeed } = useSuccessNote();
  const [shown, setShown] = useState<{ url: string; expiresAt: Date } | null>(null);
  const email = useMutation(
    trpc.partnerLinks.email.mutationOptions({
      onSuccess: succeed(`A new link is on its way to ${name}.`),
    }),
  );
  const issue = useMutation(
    trpc.partnerLinks.issue.mutationOptions({
      onSuccess: (link) => {
        setShown(link);
        router.refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.partnerLinks.revoke.mutationOptions({
      onSuccess: ({ revoked }) => {
        setShown(null);
        succeed(
          `${revoked === 1 ? "1 link" : `${revoked} links`} revoked. ${name} is signed out, and links are paused until you send a new one.`,
        )();
        router.refresh();
      },
    }),
  );
  const input = { practiceId, partnerId: partner.id };
  const run = (action: () => void) => {
    clear();
    email.reset();
    issue.reset();
    revoke.reset();
    action();
  };
  return (
    <section aria-label={`${name}’s personal link`} className="space-y-3">
      <h3 className="font-semibold text-slate-900">{name}</h3>
      <p className="text-sm text-slate-700">{links.description}</p>
      {partner.linksPaused ? (
        <p className="text-sm text-slate-600">
          Links are paused since they were revoked: no reminders, homework emails or requested links
          reach {name} until you email or show a new one.
        </p>
      ) : null}
      {partner.remindersOff ? (
        <p className="text-sm text-slate-600">{name} turned off email reminders.</p>
      ) : null}
      {emailProblem ? <Alert tone="error">{emailProblemText(name, emailProblem)}</Alert> : null}
      <FormError error={email.error ?? issue.error ?? revoke.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          disabled={!partner.email || email.isPending}
          aria-describedby={partner.email ? undefined : `no-email-${partner.id}`}
          onClick={() => run(() => email.mutate(input))}
        >
          Email link<span className="sr-only"> to {name}</span>
        </Button>
        <Button
          variant="secondary"
          disabled={issue.isPending}
          onClick={() => run(() => issue.mutate(input))}
        >
          {shown ? "Show a new link" : "Show link"}
          <span className="sr-only"> for {name}</span>
        </Button>
        <ConfirmButton
          label={
            <>
              Revoke links<span className="sr-only"> of {name}</span>
            </>
          }
          question={`Revoke ${name}’s links and sign them out?`}
          confirmLabel="Yes, revoke"
          dismissLabel="Keep them"
          pending={revoke.isPending}
          onConfirm={() => run(() => revoke.mutate(input))}
        />
      </div>
      {partner.email ? null : (
        <p id={`no-email-${partner.id}`} className="text-sm text-slate-600">
          No email address for {name}. Add one under Details, or show the link in session.
        </p>
      )}
      {shown ? (
        <ShownLink
          key={shown.url}
          name={name}
          url={shown.url}
          expiresAt={shown.expiresAt}
          dates={dates}
          onHide={() => setShown(null)}
        />
      ) : null}
    </section>
  );
}
