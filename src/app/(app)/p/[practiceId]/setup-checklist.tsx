import Link from "next/link";
import type { SetupItem } from "~/server/practices/setup-checklist";

/** Shown on the caseload until every first step is done. */
export function SetupChecklist({ items }: { items: SetupItem[] }) {
  const left = items.filter((item) => !item.done).length;
  return (
    <section
      aria-labelledby="setup-heading"
      className="mb-6 rounded-lg border border-brand-200 bg-brand-50 p-5"
    >
      <h2 id="setup-heading" className="text-lg font-semibold text-brand-900">
        Getting started
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        {left === 1 ? "One step left." : `${left} steps left.`} This list goes away once they are
        done.
      </p>
      <ol className="space-y-2">
        {items.map((item) => (
          <li key={item.step} className="flex items-center gap-3">
            <span
              aria-hidden="true"
              className={`inline-flex size-6 items-center justify-center rounded-full text-sm ${
                item.done ? "bg-emerald-600 text-white" : "border border-slate-400 bg-white"
              }`}
            >
              {item.done ? "✓" : ""}
            </span>
            {item.done ? (
              <span className="text-slate-600 line-through">
                {item.label}
                <span className="sr-only"> (done)</span>
              </span>
            ) : (
              <Link href={item.href} className="font-medium text-brand-800 underline">
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
