import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/app/server-call";
import { requirePartner } from "~/server/partner-session/require-partner";
import { dateFormat } from "~/dates";
import { entryReflection, storedEntryAnswers } from "~/homework/stored-entry";
import { getKind, isKindKey } from "~/homework/registry";
import { api } from "~/server/trpc/server";
import { WhoReadsThis } from "~/components/partner/crisis-text";
import { EntryNow } from "./entry-now";
import { ShareToggle } from "./share-toggle";

export const metadata: Metadata = { title: "Entry" };

export default async function PartnerEntryPage({
  params,
}: {
  params: Promise<{ entryId: string }>;
}) {
  const { entryId } = await params;
  const partner = await requirePartner();
  const caller = await api();
  const [entry, practice] = await Promise.all([
    orNotFound(caller.partner.entry({ entryId })),
    caller.partner.practice(),
  ]);
  const kind = isKindKey(entry.kind) ? getKind(entry.kind) : null;
  const reflection = entryReflection(entry.kind, entry.payload);
  const dates = dateFormat({ style: partner.dateStyle, timeZone: partner.timeZone });
  // What the other partner reads once it is shared: the same answers their entry page shows.
  const { answers, original } = storedEntryAnswers(entry, entry.latestUpdate);
  const sharedView = { rows: answers, original };
  return (
    <main className="space-y-6">
      <Link
        href="/c"
        className="inline-block py-2 text-[15px] font-medium text-brand-700 underline"
      >
        ← My homework
      </Link>
      <header>
        <h1 className="text-2xl font-semibold">{kind?.title ?? "Entry"}</h1>
        <p className="text-[15px] text-slate-600">
          {entry.mine ? "You" : entry.authorName} · {dates.moment(entry.occurredAt)} ·{" "}
          {entry.visibility === "shared" ? "shared" : "private"}
        </p>
      </header>
      <EntryNow
        entry={entry}
        partnerId={partner.partnerId}
        dates={dates}
        draftPlace={{ ownDevice: partner.device === "own", draftDays: partner.draftDays }}
      />
      {entry.mine && reflection ? (
        <p className="rounded-lg bg-brand-50 p-4 text-brand-800">
          <span className="block font-medium">The loop, in one line</span>
          {reflection} The cycle is the problem, not either of you.
        </p>
      ) : null}
      {entry.mine && entry.safetyFlag ? (
        <p className="text-[15px] text-slate-600">
          Because you said you don&rsquo;t feel safe, this entry stays between you and your
          therapist.
        </p>
      ) : entry.mine && kind?.neverShared ? (
        <p className="text-[15px] text-slate-600">{kind.neverShared}</p>
      ) : entry.mine && !partner.shownOnScreen ? (
        <div className="space-y-2">
          <ShareToggle
            entryId={entry.id}
            shared={entry.visibility === "shared"}
            preview={{ title: kind?.title ?? "Entry", ...sharedView }}
          />
          <WhoReadsThis policy={practice.secretsPolicy} />
        </div>
      ) : null}
    </main>
  );
}
