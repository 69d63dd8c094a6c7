import type { Metadata } from "next";
import Link from "next/link";
import { DeviceQuestion } from "~/components/partner/device-question";
import { requirePartner } from "~/server/partner-session/require-partner";
import { cadenceWording } from "~/domain/homework";
import { dateFormat } from "~/dates";
import { entrySummary } from "~/homework/stored-entry";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Your homework" };

export default async function PartnerHome() {
  await requirePartner();
  const { partner, practice, homework, entries } = await (await api()).partner.home();
  // A due date is a calendar day; an entry's day is the one in the partner's own zone.
  const dates = dateFormat({ style: partner.dateStyle, timeZone: partner.timeZone });
  return (
    <main className="space-y-8">
      <header className="flex items-start justify-between gap-4 pt-2">
        <div>
          <p className="text-[15px] text-slate-600">{practice.name}</p>
          <h1 className="text-2xl font-semibold">Hi {partner.displayName}</h1>
        </div>
        <Link
          href="/c/help"
          prefetch={false}
          className="mt-1 shrink-0 rounded-full border border-slate-300 px-3 py-2 text-[15px] font-medium text-slate-700"
        >
          I need help
        </Link>
      </header>
      {partner.device === null ? (
        <div className="rounded-lg border border-slate-200 bg-brand-50 p-4">
          <DeviceQuestion
            headingLevel={2}
            idleMinutes={practice.idleMinutes}
            draftDays={partner.draftDays}
          />
        </div>
      ) : null}
      <section aria-labelledby="homework-heading" className="space-y-3">
        <h2 id="homework-heading" className="text-lg font-semibold">
          Your homework
        </h2>
        {homework.length === 0 ? <p className="text-slate-700">Nothing to do right now.</p> : null}
        <ul className="space-y-3">
          {homework.map((h) => (
            <li key={h.id}>
              <Link
                href={`/c/h/${h.id}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="block text-lg font-semibold text-brand-800">{h.title}</span>
                <span className="block text-[15px] text-slate-700">
                  {cadenceWording[h.cadence].partner}
                  {h.dueOn ? ` · due ${dates.calendarDate(h.dueOn)}` : ""}
                  {h.entries > 0
                    ? ` · done ${h.entries} ${h.entries === 1 ? "time" : "times"}`
                    : ""}
                </span>
                {h.note ? (
                  <span className="mt-1 block text-[15px] text-slate-600">{h.note}</span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="entries-heading" className="space-y-3">
        <h2 id="entries-heading" className="text-lg font-semibold">
          Your entries
        </h2>
        {entries.length === 0 ? (
          <p className="text-slate-700">What you send will appear here.</p>
        ) : null}
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white empty:hidden">
          {entries.map((e) => {
            const summary = entrySummary(e, e.latestUpdate);
            return (
              <li key={e.id}>
                <Link href={`/c/e/${e.id}`} className="block p-4 hover:bg-slate-50">
                  <span className="block font-medium">
                    {summary.title}
                    {e.mine ? null : (
                      <span className="font-normal text-slate-600">
                        {" "}
                        · shared by {e.authorName}
                      </span>
                    )}
                  </span>
                  <span className="block text-[15px] text-slate-600">
                    {dates.day(e.occurredAt)}
                    {e.mine
                      ? e.visibility === "shared"
                        ? " · shared with your partner"
                        : " · private"
                      : ""}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}
