import { staffName } from "~/domain/people";
import {
  safetyContactMethodLabel,
  safetyFlagSourceLabel,
  safetyOutcomeLabel,
} from "~/domain/safety";
import type { DateFormat } from "~/dates";
import type { SafetyLogRow } from "~/server/safety/safety-log";

/** Every safety flag of the couple, open and closed, with the follow-up recorded for each. */
export function SafetyLog({ flags, format }: { flags: SafetyLogRow[]; format: DateFormat }) {
  return (
    <section aria-labelledby="safety-log-heading" className="space-y-3">
      <h2 id="safety-log-heading" className="text-lg font-semibold">
        Safety log
      </h2>
      <ol className="divide-y divide-slate-200 text-sm">
        {flags.map((flag) => (
          <li key={flag.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
            <p>
              <span className="font-semibold">{flag.partner.name}</span> ·{" "}
              {safetyFlagSourceLabel[flag.source]} ·{" "}
              <time dateTime={flag.raisedAt.toISOString()}>{format.moment(flag.raisedAt)}</time>
            </p>
            {flag.closed ? (
              <>
                <p className="text-slate-700">
                  Closed by {flag.closed.by ? staffName(flag.closed.by) : "someone who has left"} on{" "}
                  <time dateTime={flag.closed.at.toISOString()}>
                    {format.moment(flag.closed.at)}
                  </time>
                </p>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-600">Contact</dt>
                  <dd>
                    {flag.closed.contactMethod
                      ? safetyContactMethodLabel[flag.closed.contactMethod]
                      : "Not recorded"}
                  </dd>
                  <dt className="text-slate-600">Outcome</dt>
                  <dd>
                    {flag.closed.outcome ? safetyOutcomeLabel[flag.closed.outcome] : "Not recorded"}
                  </dd>
                  <dt className="text-slate-600">Note</dt>
                  <dd className="whitespace-pre-line">
                    {flag.closed.note ?? "None (marked reviewed before the safety log existed)"}
                  </dd>
                </dl>
              </>
            ) : (
              <p className="font-semibold text-red-800">Open: waiting for follow-up</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
