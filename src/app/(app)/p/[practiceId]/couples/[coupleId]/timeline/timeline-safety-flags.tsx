import Link from "next/link";
import type { DateFormat } from "~/dates";
import { safetyFlagLine, type TimelineSafetyFlag } from "~/timeline/safety-flags";
import type { Period } from "~/timeline/types";

/**
 * The timeline's head: every open safety flag whatever the period (so one from before it never
 * drops out), then the period's closed ones, with the way to close an open one.
 */
export function TimelineSafetyFlags({
  flags,
  period,
  format,
  coupleHref,
}: {
  flags: TimelineSafetyFlag[];
  period: Period;
  format: DateFormat;
  coupleHref: string;
}) {
  if (flags.length === 0) return null;
  const open = flags.filter((f) => !f.closed).length;
  return (
    <section
      aria-labelledby="timeline-safety-heading"
      className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-5 text-red-950 sm:p-6"
    >
      <h2 id="timeline-safety-heading" className="text-lg font-semibold">
        {open > 0
          ? `Safety: ${open === 1 ? "1 open flag" : `${open} open flags`}, not yet followed up`
          : "Safety flags in this period, followed up"}
      </h2>
      <ul className="space-y-2">
        {flags.map((flag) => {
          const line = safetyFlagLine(flag, period, format);
          return (
            <li
              key={flag.id}
              className="rounded-md border border-red-200 bg-white p-3 text-slate-900"
            >
              <p>
                <span className="font-semibold">{line.status}.</span> {line.text}
              </p>
              {flag.entry ? (
                <p className="text-sm text-slate-700">
                  {flag.entry.quote ? `“${flag.entry.quote}”` : flag.entry.summary}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {open > 0 ? (
        <p className="text-sm">
          <Link
            href={`${coupleHref}#safety-heading`}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            Follow up and close on the couple&rsquo;s page
          </Link>
        </p>
      ) : null}
    </section>
  );
}
