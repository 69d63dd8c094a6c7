import type { DateSettings } from "~/dates";
import { linkSummary } from "./link-summary";
import { PartnerLinks } from "./partner-links";
import { RefreshAfter } from "~/components/app/refresh-after";

interface Props {
  practiceId: string;
  partners: {
    id: string;
    displayName: string;
    email: string | null;
    remindersOffAt: Date | null;
    linksPausedAt: Date | null;
  }[];
  linkRows: { partnerId: string; expiresAt: Date; lastOpenedAt: Date | null }[];
  emailProblems: { partnerId: string; to: string; status: "retrying" | "failed" }[];
  pendingEmails: { partnerId: string; sendsAt: Date }[];
  dates: DateSettings;
}

/** Each partner's personal link, and whether email to them is getting through. */
export function LinksSection({
  practiceId,
  partners,
  linkRows,
  emailProblems,
  pendingEmails,
  dates,
}: Props) {
  const nextSend = pendingEmails.map((p) => p.sendsAt.getTime()).sort((a, b) => a - b)[0];
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        A personal link opens a partner&rsquo;s homework without a password. Only a fingerprint of
        it is stored, so a link can be shown once and then only revoked or replaced.
      </p>
      {nextSend !== undefined ? <RefreshAfter at={nextSend} /> : null}
      <div className="divide-y divide-slate-200">
        {partners.map((p) => {
          const problem = emailProblems.find((e) => e.partnerId === p.id);
          return (
            <div key={p.id} className="py-4 first:pt-0 last:pb-0">
              <PartnerLinks
                practiceId={practiceId}
                partner={{
                  id: p.id,
                  displayName: p.displayName,
                  email: p.email,
                  remindersOff: p.remindersOffAt !== null,
                  linksPaused: p.linksPausedAt !== null,
                }}
                links={linkSummary(linkRows, p.id, new Date(), pendingEmails)}
                dates={dates}
                emailProblem={
                  problem ? { to: problem.to, retrying: problem.status === "retrying" } : null
                }
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
