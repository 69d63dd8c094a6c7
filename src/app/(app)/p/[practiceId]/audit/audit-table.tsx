import type { DateFormat } from "~/dates";
import type { AuditEventRow } from "~/server/audit/audit-log";
import { groupConsecutive, type EventGroup } from "./group-events";

function when(group: EventGroup<AuditEventRow>, dates: DateFormat) {
  const { latest, earliest, count } = group;
  if (count === 1) return null;
  const sameDay = dates.day(latest.createdAt) === dates.day(earliest.createdAt);
  const range = sameDay
    ? `${dates.time(earliest.createdAt)}–${dates.time(latest.createdAt)}`
    : `${dates.moment(earliest.createdAt)} – ${dates.moment(latest.createdAt)}`;
  return ` · ${count} times, ${range}`;
}

/** The events as words, repeats folded into one row, newest first. */
export function AuditTable({ events, dates }: { events: AuditEventRow[]; dates: DateFormat }) {
  if (events.length === 0) {
    return <p className="text-sm text-slate-600">No events match these filters.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              When
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Who
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              What
            </th>
            <th scope="col" className="py-2 font-medium">
              Couple
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groupConsecutive(events).map((group) => {
            const e = group.latest;
            return (
              <tr key={e.id}>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={e.createdAt.toISOString()}>{dates.moment(e.createdAt)}</time>
                </td>
                <td className="py-2 pr-4">{e.actorName ?? e.actorEmail ?? "Partner or system"}</td>
                <td className="py-2 pr-4">
                  {e.label}
                  {when(group, dates)}
                </td>
                <td className="py-2">{e.coupleLabel ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
