import { progressLabel } from "~/components/app/homework-progress";
import { dateFormat, type DateFormat, type DateSettings } from "~/dates";
import {
  assignmentStatusLabel,
  cadenceWording,
  type AssignmentStatus,
  type Cadence,
} from "~/domain/homework";
import { AssignmentActions } from "./assignment-actions";

export interface AssignmentItem {
  id: string;
  title: string;
  cadence: Cadence;
  status: AssignmentStatus;
  dueOn: string | null;
  untilOn: string | null;
  note: string | null;
  progress: { position: number; entries: number; expected: number | null }[];
}

const statusTone: Record<AssignmentStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-amber-100 text-amber-900",
  cancelled: "bg-slate-200 text-slate-800",
};

function Assignment({
  a,
  practiceId,
  nameOf,
  calendarDate,
}: {
  a: AssignmentItem;
  practiceId: string;
  nameOf: (position: number) => string;
  calendarDate: DateFormat["calendarDate"];
}) {
  const dates = [
    a.dueOn ? `due ${calendarDate(a.dueOn)}` : null,
    a.untilOn ? `until ${calendarDate(a.untilOn)}` : null,
  ];
  return (
    <article className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{a.title}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusTone[a.status]}`}>
          {assignmentStatusLabel[a.status]}
        </span>
      </div>
      <p className="text-sm text-slate-600">
        {[cadenceWording[a.cadence].staff, ...dates].filter(Boolean).join(" · ")}
      </p>
      <p className="text-sm font-medium text-slate-800">
        {a.progress
          .map((p) => progressLabel(a.cadence, { ...p, name: nameOf(p.position) }))
          .join(" · ")}
      </p>
      {a.note ? <p className="text-sm text-slate-700">Note: {a.note}</p> : null}
      {a.status === "cancelled" ? null : (
        <AssignmentActions
          practiceId={practiceId}
          assignmentId={a.id}
          status={a.status}
          title={a.title}
        />
      )}
    </article>
  );
}

/** The couple's homework with each partner's progress; cancelled homework folded away. */
export function AssignmentList({
  practiceId,
  assignments,
  partners,
  dates,
}: {
  practiceId: string;
  assignments: AssignmentItem[];
  partners: { position: number; displayName: string }[];
  dates: DateSettings;
}) {
  const { calendarDate } = dateFormat(dates);
  const nameOf = (position: number) =>
    partners.find((p) => p.position === position)?.displayName ?? `Partner ${position}`;
  const current = assignments.filter((a) => a.status !== "cancelled");
  const cancelled = assignments.filter((a) => a.status === "cancelled");
  const list = (items: AssignmentItem[], label: string) => (
    <ul aria-label={label} className="divide-y divide-slate-200">
      {items.map((a) => (
        <li key={a.id} className="py-4 first:pt-0 last:pb-0">
          <Assignment a={a} practiceId={practiceId} nameOf={nameOf} calendarDate={calendarDate} />
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-4">
      {current.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          No homework yet. Assign some below.
        </p>
      ) : (
        list(current, "Current homework")
      )}
      {cancelled.length > 0 ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2.5 text-sm font-semibold text-brand-700">
            Cancelled homework ({cancelled.length})
          </summary>
          <div className="pt-2">{list(cancelled, "Cancelled homework")}</div>
        </details>
      ) : null}
    </div>
  );
}
