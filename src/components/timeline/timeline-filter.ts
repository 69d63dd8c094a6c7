import { getKind, isKindKey } from "~/homework/registry";
import type { KindKey } from "~/homework/types";
import type { PartnerPosition } from "~/timeline/types";
import { customRangeSchema, type TimelineRange } from "~/validation/timeline";

export const rangePresets = [
  { value: "since_last_session", label: "Since last session" },
  { value: "4w", label: "4 weeks" },
  { value: "12w", label: "12 weeks" },
  { value: "all", label: "All" },
  { value: "custom", label: "Custom dates" },
] as const;

type RangeChoice = (typeof rangePresets)[number]["value"];

/** The timeline's filters as the URL carries them (a plain GET form), read back safely. */
export interface TimelineFilter {
  range: RangeChoice;
  /** "YYYY-MM-DD", both set when range is "custom", "" otherwise */
  from: string;
  to: string;
  /** empty means every kind */
  kinds: KindKey[];
  partner: PartnerPosition | null;
  /** why part of the URL was ignored, in words for the page */
  problem: string | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: string | string[] | undefined): string {
  return all(value)[0] ?? "";
}

export function timelineFilter(search: SearchParams): TimelineFilter {
  const kinds = [...new Set(all(search.kind).filter(isKindKey))];
  const partnerText = first(search.partner);
  const partner: PartnerPosition | null = partnerText === "1" ? 1 : partnerText === "2" ? 2 : null;
  const asked = first(search.range);
  const known = rangePresets.find((p) => p.value === asked)?.value;
  const base = { kinds, partner, from: "", to: "", problem: null };
  if (known !== "custom") return { ...base, range: known ?? "since_last_session" };
  const custom = customRangeSchema.safeParse({ from: first(search.from), to: first(search.to) });
  if (!custom.success) {
    const reason = custom.error.issues[0]?.message ?? "Those dates cannot be shown.";
    return {
      ...base,
      range: "since_last_session",
      problem: `${reason} Showing the period since the last session instead.`,
    };
  }
  return { ...base, range: "custom", ...custom.data };
}

/** The filter as a query string, e.g. to link to the same view or drop one part of it. */
export function filterQuery(filter: Omit<TimelineFilter, "problem">): string {
  const query = new URLSearchParams({ range: filter.range });
  if (filter.range === "custom") {
    query.set("from", filter.from);
    query.set("to", filter.to);
  }
  for (const kind of filter.kinds) query.append("kind", kind);
  if (filter.partner) query.set("partner", String(filter.partner));
  return query.toString();
}

/** The range as the timeline procedure and the prep route take it. */
export function rangeOf(filter: TimelineFilter): TimelineRange {
  return filter.range === "custom" ? { from: filter.from, to: filter.to } : filter.range;
}

/**
 * The filters in one line, for the folded filter bar: "Since last session · all kinds · both
 * partners". The period's dates are printed beside it, so a custom range just says so.
 */
export function filterSummary(
  filter: Pick<TimelineFilter, "range" | "kinds" | "partner">,
  partners: Record<PartnerPosition, string>,
): string {
  const range = rangePresets.find((p) => p.value === filter.range)?.label ?? "Since last session";
  const [onlyKind] = filter.kinds;
  const kinds =
    filter.kinds.length === 0
      ? "all kinds"
      : filter.kinds.length === 1 && onlyKind
        ? getKind(onlyKind).title
        : `${filter.kinds.length} kinds`;
  const who = filter.partner ? `${partners[filter.partner]} only` : "both partners";
  return [range, kinds, who].join(" · ");
}
