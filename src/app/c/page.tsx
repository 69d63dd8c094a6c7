import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { DeviceQuestion } from "~/components/partner/device-question";
import { EntryList, ThisWeekList } from "~/components/partner/home-lists";
import { HomeScreenTip, WhoReadsWhat } from "~/components/partner/home-notes";
import { ProgrammeWeek } from "~/components/partner/programme-week";
import { requirePartner } from "~/server/partner-session/require-partner";
import { HOME_SCREEN_TIP_COOKIE } from "~/server/partner-session/partner-cookies";
import { dateFormat } from "~/dates";
import { entrySummary } from "~/homework/stored-entry";
import { thisWeek } from "~/homework/this-week";
import { api } from "~/server/trpc/server";
import { partnerOverviewInput } from "~/validation/partner-home";

export const metadata: Metadata = { title: "Your homework" };

export default async function PartnerHome({
  searchParams,
}: {
  searchParams: Promise<{ show?: string | string[]; page?: string | string[] }>;
}) {
  const partner = await requirePartner();
  const asked = await searchParams;
  const parsed = partnerOverviewInput.safeParse({ show: asked.show, page: asked.page });
  const input = parsed.success ? parsed.data : { show: "all" as const, page: 1 };
  const home = await (await api()).partner.overview(input);
  const { practice } = home;
  // A due date is a calendar day; an entry's day is the one in the partner's own zone.
  const dates = dateFormat({ style: partner.dateStyle, timeZone: partner.timeZone });
  const week = thisWeek(home.homework, home.today, (d) => dates.shortCalendarDate(d));
  const tipHidden = (await cookies()).get(HOME_SCREEN_TIP_COOKIE)?.value === "hidden";
  return (
    <main className="space-y-8">
      <header className="flex items-start justify-between gap-4 pt-2">
        <div>
          <p className="text-[15px] text-slate-600">{practice.name}</p>
          <h1 className="text-2xl font-semibold">Hi {partner.displayName}</h1>
          {home.therapist ? (
            <p className="text-[15px] text-slate-700" data-testid="therapist">
              Your therapist: <span className="font-medium">{home.therapist}</span>
            </p>
          ) : null}
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
      {home.showIntro ? (
        <WhoReadsWhat policy={practice.secretsPolicy} therapist={home.therapist} />
      ) : null}
      {home.programme ? (
        <ProgrammeWeek
          programme={home.programme}
          startsOn={dates.dayHeading(home.programme.startsOn)}
        />
      ) : null}
      <ThisWeekList items={week} />
      <EntryList
        entries={home.entries.map((e) => {
          const summary = entrySummary(e, e.latestUpdate);
          return { ...e, title: summary.title, snippet: summary.line };
        })}
        show={input.show}
        page={input.page}
        hasOlder={home.hasOlder}
        dates={dates}
      />
      {partner.device === "own" && !tipHidden ? <HomeScreenTip /> : null}
    </main>
  );
}
