import Link from "next/link";
import type { DateFormat } from "~/dates";
import {
  partnerEntryFilterLabels,
  partnerEntryFilters,
  type PartnerEntryFilter,
} from "~/domain/partner-home";
import type { WeekStatus } from "~/homework/this-week";

const stateStyle: Record<WeekStatus["state"], string> = {
  overdue: "bg-amber-100 text-amber-950",
  due: "bg-brand-50 text-brand-800",
  open: "bg-slate-100 text-slate-800",
  done: "bg-emerald-50 text-emerald-900",
};

interface WeekItem {
  id: string;
  title: string;
  note: string | null;
  status: WeekStatus;
}

/** This week's homework: each with where it stands ("Due today", "Done this week"). */
export function ThisWeekList({ items }: { items: WeekItem[] }) {
  return (
    <section aria-labelledby="week-heading" className="space-y-3">
      <h2 id="week-heading" className="text-lg font-semibold">
        This week
      </h2>
      {items.length === 0 ? <p className="text-slate-700">Nothing to do right now.</p> : null}
      <ul className="space-y-3 empty:hidden">
        {items.map((h) => (
          <li key={h.id}>
            <Link
              href={`/c/h/${h.id}`}
              className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <span className="flex items-start justify-between gap-3">
                <span className="text-lg font-semibold text-brand-800">{h.title}</span>
                <span
                  className={`shrink-0 rounded-full px-2.5 py-0.5 text-[15px] font-medium ${stateStyle[h.status.state]}`}
                >
                  {h.status.label}
                </span>
              </span>
              {h.note ? (
                <span className="mt-1 block text-[15px] text-slate-600">{h.note}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface EntryItem {
  id: string;
  title: string;
  snippet: string;
  occurredAt: Date;
  mine: boolean;
  authorName: string;
  visibility: "private" | "shared";
}

const SNIPPET_CHARACTERS = 90;

function snippetOf(line: string): string {
  return line.length > SNIPPET_CHARACTERS
    ? `${line.slice(0, SNIPPET_CHARACTERS).trimEnd()}…`
    : line;
}

const emptyText: Record<PartnerEntryFilter, string> = {
  all: "What you send will appear here.",
  mine: "What you send will appear here.",
  shared: "Nothing has been shared with you yet.",
};

/**
 * The entries the partner may read, newest first, a page at a time, with a mine / shared-with-me
 * filter. Filter and pages are links, so they work without scripts and survive a reload.
 */
export function EntryList(props: {
  entries: EntryItem[];
  show: PartnerEntryFilter;
  page: number;
  hasOlder: boolean;
  dates: DateFormat;
}) {
  const { entries, show, page, hasOlder, dates } = props;
  const href = (s: PartnerEntryFilter, p = 1) => {
    const query = new URLSearchParams();
    if (s !== "all") query.set("show", s);
    if (p > 1) query.set("page", String(p));
    const text = query.toString();
    return `/c${text ? `?${text}` : ""}#entries-heading`;
  };
  return (
    <section aria-labelledby="entries-heading" className="space-y-3">
      <h2 id="entries-heading" className="text-lg font-semibold">
        Entries
      </h2>
      <nav aria-label="Show entries" className="flex gap-2">
        {partnerEntryFilters.map((f) => (
          <Link
            key={f}
            href={href(f)}
            prefetch={false}
            aria-current={f === show ? "page" : undefined}
            className={`min-h-11 rounded-full border px-3 py-2 text-[15px] font-medium ${
              f === show
                ? "border-brand-700 bg-brand-700 text-white"
                : "border-slate-300 bg-white text-slate-800"
            }`}
          >
            {partnerEntryFilterLabels[f]}
          </Link>
        ))}
      </nav>
      {entries.length === 0 ? <p className="text-slate-700">{emptyText[show]}</p> : null}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white empty:hidden">
        {entries.map((e) => (
          <li key={e.id}>
            <Link href={`/c/e/${e.id}`} className="block p-4 hover:bg-slate-50">
              <span className="block font-medium">
                {e.title}
                {e.mine ? null : (
                  <span className="font-normal text-slate-600"> · shared by {e.authorName}</span>
                )}
              </span>
              {e.snippet ? (
                <span className="block text-[15px] text-slate-800">{snippetOf(e.snippet)}</span>
              ) : null}
              <span className="block text-[15px] text-slate-600">
                {dates.day(e.occurredAt)}
                {e.mine
                  ? e.visibility === "shared"
                    ? " · shared with your partner"
                    : " · private"
                  : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {page > 1 || hasOlder ? (
        <nav aria-label="More entries" className="flex justify-between gap-4 text-[15px]">
          {page > 1 ? (
            <Link
              href={href(show, page - 1)}
              prefetch={false}
              className="min-h-11 py-2 font-medium text-brand-700 underline"
            >
              ← Newer entries
            </Link>
          ) : (
            <span />
          )}
          {hasOlder ? (
            <Link
              href={href(show, page + 1)}
              prefetch={false}
              className="min-h-11 py-2 font-medium text-brand-700 underline"
            >
              Older entries →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
