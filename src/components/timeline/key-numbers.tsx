import type { KeyNumberRow } from "~/timeline/key-number-rows";

/** This period's key numbers, each beside the previous period of equal length. */
export function KeyNumbers({
  rows,
  previousLabel,
}: {
  rows: KeyNumberRow[];
  previousLabel: string;
}) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {rows.map((row) => (
        <div key={row.id} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2.5">
          <dt className="text-sm text-slate-600" data-testid={`key-${row.id}-label`}>
            {row.label}
          </dt>
          <dd
            className="text-2xl font-semibold tracking-tight text-slate-900 tabular-nums"
            data-testid={`key-${row.id}`}
          >
            {row.current}
          </dd>
          <dd className="text-xs text-slate-600">
            <span className="sr-only">{previousLabel}: </span>
            <span aria-hidden="true">Before: </span>
            <span data-testid={`key-${row.id}-previous`}>{row.previous}</span>
            {row.change ? ` · ${row.change}` : null}
          </dd>
          {row.note ? (
            <dd className="text-xs text-slate-600" data-testid={`key-${row.id}-note`}>
              {row.note}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
