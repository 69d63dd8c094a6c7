import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/app/server-call";
import { ChartSvg } from "~/components/timeline/chart-svg";
import { DownloadLink } from "~/components/timeline/download-link";
import { CycleLoopCard } from "~/components/timeline/cycle-loop-card";
import { EntryLanes } from "~/components/timeline/entry-lanes";
import { FocusList } from "~/components/timeline/focus-list";
import { HighlightList } from "~/components/timeline/highlight-list";
import { keyNumberRows } from "~/timeline/key-number-rows";
import { positiveGroups } from "~/timeline/positive-lines";
import { PositiveWorkList } from "~/components/timeline/positive-work-card";
import { KeyNumbers } from "~/components/timeline/key-numbers";
import { ProgrammeWeekList } from "~/components/timeline/programme-week-list";
import { ProgrammeReviewCard } from "~/components/timeline/programme-review-card";
import { TherapySessionsPanel } from "~/components/timeline/therapy-sessions-panel";
import { TimelineFilterBar } from "~/components/timeline/timeline-filters";
import { rangeOf, timelineFilter, type SearchParams } from "~/components/timeline/timeline-filter";
import { Alert } from "~/components/ui/alert";
import { Card, PageTitle } from "~/components/ui/card";
import { dateFormat } from "~/dates";
import { api } from "~/server/trpc/server";
import { timelineCharts } from "~/timeline/charts/timeline-charts";
import { localDateOf } from "~/timeline/weeks";
import {
  cycleLoopView,
  focusViews,
  highlightViews,
  laneView,
  periodLabel,
  previousPeriodLabel,
  timelineDates,
} from "./timeline-view";
import { TimelineSafetyFlags } from "./timeline-safety-flags";

export const metadata: Metadata = { title: "Pattern timeline" };

const linkStyle = "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800";

export default async function TimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { practiceId, coupleId } = await params;
  const filter = timelineFilter(await searchParams);
  const caller = await api();
  const couple = await orNotFound(caller.couples.get({ practiceId, coupleId }));
  const [timeline, sessions] = await Promise.all([
    orNotFound(
      caller.timeline.forCouple({
        practiceId,
        coupleId,
        range: rangeOf(filter),
        kinds: filter.kinds,
        positions: filter.partner ? [filter.partner] : undefined,
      }),
    ),
    caller.therapySessions.forCouple({ practiceId, coupleId }),
  ]);
  const { range } = timeline;
  const coupleHref = `/p/${practiceId}/couples/${coupleId}`;
  const dates = timelineDates(timeline);
  const period = periodLabel(timeline, range.fromDate, range.toDate);
  const previous = previousPeriodLabel(timeline, range.fromDate);
  const days = laneView(timeline);
  const entryCount = days.reduce((n, d) => n + d.entries.length, 0);
  const filtered = filter.kinds.length > 0 || filter.partner !== null;
  const pdfHref = `${coupleHref}/prep?from=${range.fromDate}&to=${range.toDate}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={coupleHref} className={linkStyle}>
          <span aria-hidden="true">← </span>
          <span className="sr-only">Back to </span>
          {couple.label}
        </Link>
      </p>
      <PageTitle action={<DownloadLink href={pdfHref}>Download session-prep PDF</DownloadLink>}>
        {couple.label}: pattern timeline
      </PageTitle>
      <div className="space-y-6">
        <TimelineSafetyFlags
          flags={timeline.safetyFlags}
          period={timeline.period}
          format={dateFormat(dates)}
          coupleHref={coupleHref}
        />
        <p className="text-slate-700">
          <span className="font-semibold" data-testid="period">
            {period}
          </span>{" "}
          ({range.days} {range.days === 1 ? "day" : "days"}
          {filter.range === "since_last_session" && range.latestSessionOn && !range.noSessionYet
            ? `, since the session on ${dateFormat(dates).calendarDate(range.latestSessionOn)}`
            : ""}
          ), compared with {previous}. Times are in the couple&rsquo;s time zone,{" "}
          {timeline.timeZone}.{filtered ? " The PDF covers every kind and both partners." : ""}
        </p>
        {filter.problem ? <Alert tone="error">{filter.problem}</Alert> : null}
        {range.noSessionYet && filter.range === "since_last_session" ? (
          <Alert tone="info">
            No session is recorded yet, so this shows the last 4 weeks. Record one under Sessions.
          </Alert>
        ) : null}
        <TimelineFilterBar
          // Remount on every new query: the inputs are uncontrolled and must show the URL's filter.
          key={JSON.stringify(filter)}
          filter={filter}
          partners={timeline.partners}
          resetHref={`${coupleHref}/timeline`}
        />
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
          <div className="min-w-0 space-y-6">
            <Card>
              <h2 className="text-lg font-semibold">Key numbers</h2>
              <p className="mb-4 text-sm text-slate-600">Each compared with {previous}.</p>
              <KeyNumbers
                rows={keyNumberRows(timeline.keyNumbers, timeline.partners)}
                previousLabel={previous}
              />
            </Card>
            <Card>
              <h2 className="mb-4 text-lg font-semibold">Rituals, small wins and reflections</h2>
              <PositiveWorkList groups={positiveGroups(timeline, dateFormat(dates).shortDay)} />
            </Card>
            <Card>
              <h2 className="mb-4 text-lg font-semibold">Highlights</h2>
              <HighlightList highlights={highlightViews(timeline, days)} />
            </Card>
            <Card>
              <h2 className="mb-4 text-lg font-semibold">Suggested focus</h2>
              <FocusList focus={focusViews(timeline)} />
            </Card>
            <Card>
              <h2 className="mb-4 text-lg font-semibold">The cycle</h2>
              <CycleLoopCard loop={cycleLoopView(timeline)} />
            </Card>
          </div>
          <Card className="min-w-0">
            <TherapySessionsPanel
              practiceId={practiceId}
              coupleId={coupleId}
              today={localDateOf(new Date(), timeline.timeZone)}
              sessions={sessions}
              dates={dates}
            />
          </Card>
        </div>
        {timeline.programmeReview ? (
          <Card id="programme-review">
            <ProgrammeReviewCard
              review={timeline.programmeReview}
              partners={timeline.partners}
              dates={dateFormat(dates)}
            />
          </Card>
        ) : null}
        <Card>
          <section aria-labelledby="charts-heading">
            <h2 id="charts-heading" className="mb-4 text-lg font-semibold">
              Week by week
            </h2>
            <ProgrammeWeekList weeks={timeline.programmeWeeks} dateStyle={timeline.dateStyle} />
            {/* One chart a row below 1024 px: two abreast at 768 px would print labels at ~6 px. */}
            <div className="grid gap-8 lg:grid-cols-2">
              {timelineCharts(timeline).map((model) => (
                <ChartSvg key={model.id} model={model} />
              ))}
            </div>
          </section>
        </Card>
        <Card>
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">Entries</h2>
            <p className="text-sm text-slate-600" data-testid="entry-count">
              {entryCount} {entryCount === 1 ? "entry" : "entries"}, oldest first
            </p>
          </div>
          {entryCount === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
              No entries {filtered ? "match these filters" : "were logged"} in {period}. Try a
              longer period{filtered ? " or fewer filters" : ""}.
            </p>
          ) : (
            <EntryLanes
              practiceId={practiceId}
              coupleId={coupleId}
              partners={timeline.partners}
              days={days}
            />
          )}
        </Card>
      </div>
    </>
  );
}
