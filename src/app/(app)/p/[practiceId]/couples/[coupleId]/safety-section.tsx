import { safetyFlagSourceLabel } from "~/domain/safety";
import type { DateFormat } from "~/dates";
import type { SafetyLogRow } from "~/server/safety/safety-log";
import { CloseFlagForm } from "./close-flag-form";
import { EntryItem } from "./entry-item";
import type { EntryView } from "./entry-views";
import { PhoneText } from "./phone-text";

/**
 * Open safety flags, above everything else on the page until each is closed with a follow-up:
 * what was raised and when, the ways to reach the partner, the flagged entry if any, and the form.
 */
export function SafetySection({
  practiceId,
  open,
  flaggedEntries,
  format,
}: {
  practiceId: string;
  open: SafetyLogRow[];
  /** the entries of open flags raised from a form */
  flaggedEntries: EntryView[];
  format: DateFormat;
}) {
  if (open.length === 0) return null;
  return (
    <section
      aria-labelledby="safety-heading"
      className="space-y-4 rounded-lg border-2 border-red-700 bg-red-50 p-5 text-red-950 sm:p-6"
    >
      <div>
        <h2 id="safety-heading" className="text-lg font-semibold">
          Safety: {open.length === 1 ? "a partner" : "partners"} said they do not feel safe
        </h2>
        <p className="text-sm">
          Their partner has not been told. Follow up with them directly, then close each flag below
          with how you reached them and what came of it.
        </p>
      </div>
      <ul className="space-y-4">
        {open.map((flag) => {
          const entry = flaggedEntries.find((e) => e.id === flag.entryId);
          const raised = format.moment(flag.raisedAt);
          return (
            <li
              key={flag.id}
              className="space-y-4 rounded-md border border-red-200 bg-white p-4 text-slate-900"
            >
              <div className="grid gap-4 sm:grid-cols-2">
                <div>
                  <h3 className="font-semibold">{flag.partner.name}</h3>
                  <p className="text-sm text-slate-700">
                    {safetyFlagSourceLabel[flag.source]} ·{" "}
                    <time dateTime={flag.raisedAt.toISOString()}>{raised}</time>
                  </p>
                </div>
                <dl className="space-y-1 text-sm">
                  <div>
                    <dt className="inline text-slate-600">Phone: </dt>
                    <dd className="inline">
                      {flag.partner.phone ? <PhoneText text={flag.partner.phone} /> : "not given"}
                    </dd>
                  </div>
                  <div>
                    <dt className="inline text-slate-600">Emergency contact: </dt>
                    <dd className="inline">
                      {flag.partner.emergencyContact ? (
                        <PhoneText text={flag.partner.emergencyContact} />
                      ) : (
                        "not given"
                      )}
                    </dd>
                  </div>
                </dl>
              </div>
              {entry ? (
                <div className="rounded-md border border-slate-200 p-3">
                  <EntryItem practiceId={practiceId} entry={entry} />
                </div>
              ) : null}
              <details className="rounded-md border border-slate-200" open={open.length === 1}>
                <summary className="min-h-11 cursor-pointer px-3 py-2.5 text-sm font-semibold text-brand-700">
                  Close this flag after following up
                </summary>
                <div className="border-t border-slate-200 p-4">
                  <CloseFlagForm
                    practiceId={practiceId}
                    flagId={flag.id}
                    who={`${flag.partner.name}’s safety flag of ${raised}`}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
