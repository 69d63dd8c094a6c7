import type { DateFormat } from "~/dates";
import type { ProgrammeStatus, ProgrammeWeekStatus } from "~/domain/programmes";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/trpc/root";
import { ProgrammeControls } from "./programme-controls";
import { StartProgrammeForm } from "./start-programme-form";

type Outputs = inferRouterOutputs<AppRouter>;
type CoupleProgrammes = Outputs["programmes"]["forCouple"];
type Library = Outputs["programmes"]["library"];

const runStatusLabel: Record<ProgrammeStatus, string> = {
  active: "Running",
  paused: "Paused: no new week starts until you resume",
  stopped: "Stopped",
  finished: "Finished",
};

const weekStatusLabel: Record<ProgrammeWeekStatus, string> = {
  scheduled: "Starts",
  assigned: "Homework given",
  skipped: "Skipped",
  cancelled: "Cancelled",
};

type CoupleRun = CoupleProgrammes["runs"][number];

/**
 * A run whose last week has begun (and was not cut short by a stop) has its look-back on the
 * timeline page: week 1 and the last week side by side.
 */
function ReviewLink({ run, href }: { run: CoupleRun | null | undefined; href: string }) {
  if (!run) return null;
  const lastWeek = run.run.weeks.length;
  const reached = run.weeks.some((w) => w.weekNumber === lastWeek && w.status === "assigned");
  if (!reached || run.weeks.some((w) => w.status === "cancelled")) return null;
  return (
    <p className="text-sm">
      <a className="font-medium text-brand-700 underline" href={href}>
        Looking back: week 1 and week {lastWeek} side by side
      </a>
    </p>
  );
}

/** The couple page's Programme card: the running programme and its controls, or a way to start one. */
export function ProgrammeSection({
  practiceId,
  coupleId,
  programmes,
  library,
  discharged,
  heldBySafetyFlag,
  format,
}: {
  practiceId: string;
  coupleId: string;
  programmes: CoupleProgrammes;
  library: Library;
  discharged: boolean;
  /** an open safety flag on the couple: the worker begins no week until it is closed */
  heldBySafetyFlag: boolean;
  format: DateFormat;
}) {
  const { running, current } = programmes;
  const last = programmes.runs.find((r) => r.run.id !== running?.run.id);
  const reviewHref = `/p/${practiceId}/couples/${coupleId}/timeline#programme-review`;
  if (!running) {
    return (
      <div className="space-y-4">
        {last ? (
          <>
            <p className="text-sm text-slate-700">
              {last.run.title}: {runStatusLabel[last.run.status].toLowerCase()}
              {last.run.endedAt ? ` on ${format.day(last.run.endedAt)}` : ""}.
            </p>
            <ReviewLink run={last} href={reviewHref} />
          </>
        ) : (
          <p className="text-sm text-slate-700">
            A programme gives the couple a week of homework at a time, each with a short intention,
            and assigns each week by itself when it begins.
          </p>
        )}
        {discharged ? (
          <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700">
            This couple has been discharged. Set them back to active to start a programme.
          </p>
        ) : (
          <StartProgrammeForm
            practiceId={practiceId}
            coupleId={coupleId}
            defaultStartsOn={programmes.defaultStartsOn}
            today={programmes.today}
            choices={[
              ...library.builtIn.map((p) => ({
                value: `builtin:${p.key}`,
                label: `${p.title} (${p.weeks.length} weeks)`,
                group: "Built in",
              })),
              ...library.practice.map((p) => ({
                value: `family:${p.familyId}`,
                label: `${p.title} (${p.weeks.length} weeks)`,
                group: "Our programmes",
              })),
            ]}
          />
        )}
      </div>
    );
  }
  const { run, weeks } = running;
  return (
    <div className="space-y-4">
      <div>
        <p className="font-semibold text-slate-900">{run.title}</p>
        <p className="text-sm text-slate-700">{runStatusLabel[run.status]}</p>
        <ReviewLink run={running} href={reviewHref} />
        {heldBySafetyFlag && run.status === "active" ? (
          <p className="mt-1 text-sm text-slate-800">
            No new week begins while a safety flag is open. Once you have followed up and closed it,
            the weeks carry on.
          </p>
        ) : null}
        {current ? (
          <p className="mt-1 text-sm text-slate-800">
            Week {current.number} of {current.of}: {current.plan.title}
          </p>
        ) : null}
      </div>
      <ol className="divide-y divide-slate-200 text-sm" aria-label="Weeks">
        {weeks.map((week) => {
          const plan = run.weeks[week.weekNumber - 1];
          const isCurrent = current?.week.id === week.id;
          return (
            <li
              key={week.id}
              className="flex flex-wrap justify-between gap-x-3 py-2"
              aria-current={isCurrent ? "step" : undefined}
            >
              <span className={isCurrent ? "font-semibold" : undefined}>
                Week {week.weekNumber}: {plan?.title}
              </span>
              <span className="text-slate-600">
                {weekStatusLabel[week.status]} · {format.calendarRange(week.startsOn, week.endsOn)}
              </span>
            </li>
          );
        })}
      </ol>
      <ProgrammeControls
        practiceId={practiceId}
        runId={run.id}
        status={run.status}
        hasCurrentWeek={current !== null}
        hasNextWeek={weeks.some((w) => w.status === "scheduled")}
      />
    </div>
  );
}
