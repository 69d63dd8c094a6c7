import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/app/server-call";
import { requirePartner } from "~/server/partner-session/require-partner";
import { dateFormat } from "~/dates";
import { getKind, isKindKey } from "~/homework/registry";
import { api } from "~/server/trpc/server";
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
  const entry = await orNotFound((await api()).partner.entry({ entryId }));
  const kind = isKindKey(entry.kind) ? getKind(entry.kind) : null;
  const dates = dateFormat({ style: partner.dateStyle, timeZone: partner.timeZone });
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
          {entry.mine ? "You" : entry.authorName} ·{" "}
          {dateFormat({ style: partner.dateStyle, timeZone: partner.timeZone }).moment(
            entry.occurredAt,
          )}{" "}
          · {entry.visibility === "shared" ? "shared" : "private"}
        </p>
      </header>
      <EntryNow entry={entry} partnerId={partner.partnerId} dates={dates} />
      {entry.mine && entry.safetyFlag ? (
        <p className="text-[15px] text-slate-600">
          Because you said you don&rsquo;t feel safe, this entry stays between you and your
          therapist.
        </p>
      ) : entry.mine && !partner.shownOnScreen ? (
        <ShareToggle entryId={entry.id} shared={entry.visibility === "shared"} />
      ) : null}
    </main>
  );
}
