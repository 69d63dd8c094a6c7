import type { CaseloadRow } from "~/server/caseload/caseload";

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What needs the therapist: open safety flags first and in red (until each is closed with a
 * follow-up), then new entries and open homework.
 */
export function CaseloadCounters({
  row,
}: {
  row: Pick<CaseloadRow, "openHomework" | "newEntries" | "safetyFlags" | "overdueHomework">;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      {row.safetyFlags > 0 ? (
        <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">
          {plural(row.safetyFlags, "open safety flag", "open safety flags")}
        </span>
      ) : null}
      <span className={row.newEntries > 0 ? "font-semibold text-brand-800" : undefined}>
        {plural(row.newEntries, "new entry", "new entries")}
      </span>
      <span>{row.openHomework} open homework</span>
      {row.overdueHomework > 0 ? (
        <span className="font-semibold text-amber-800">{row.overdueHomework} overdue</span>
      ) : null}
    </div>
  );
}
