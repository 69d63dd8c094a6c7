import { microHurtCategories, microHurtStories } from "~/homework/micro-hurt";
import { labelOf } from "~/homework/schema-parts";
import type { PartnerPosition, TimelineEntry } from "./types";

/** Wording shared by the highlight rules: labels, never option keys; days in the couple's zone. */

export const quoted = (text: string) => `“${text}”`;

export const categoryLabel = (value: string) => labelOf(microHurtCategories, value);

export const storyLabel = (value: string) => labelOf(microHurtStories, value);

export const possessive = (name: string) => `${name}'s`;

export function times(count: number): string {
  if (count === 1) return "once";
  if (count === 2) return "twice";
  return `${count} times`;
}

export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Nov 16" on the couple's calendar. */
export function dayLabel(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** "Nov 2" or "Nov 2 to Nov 12", from the first and last of some entries (oldest first). */
export function daySpan(entries: readonly TimelineEntry[], timeZone: string): string {
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) return "";
  const from = dayLabel(first.occurredAt, timeZone);
  const to = dayLabel(last.occurredAt, timeZone);
  return from === to ? from : `${from} to ${to}`;
}

export const positionsOf = (entries: readonly TimelineEntry[]): PartnerPosition[] =>
  [...new Set(entries.map((entry) => entry.position))].sort((a, b) => a - b);

export const idsOf = (entries: readonly TimelineEntry[]) => entries.map((entry) => entry.id);
