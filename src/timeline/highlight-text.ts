import { dateFormat, type DateStyle } from "~/dates";
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

/** The couple's zone and the practice's date style, as rules and charts carry them. */
export interface DayContext {
  timeZone: string;
  dateStyle: DateStyle;
}

/** "Nov 16" (or "16 Nov") on the couple's calendar. */
export function dayLabel(instant: Date, { timeZone, dateStyle }: DayContext): string {
  return dateFormat({ style: dateStyle, timeZone }).shortDay(instant);
}

/** "Nov 2" or "Nov 2 to Nov 12", from the first and last of some entries (oldest first). */
export function daySpan(entries: readonly TimelineEntry[], context: DayContext): string {
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) return "";
  const from = dayLabel(first.occurredAt, context);
  const to = dayLabel(last.occurredAt, context);
  return from === to ? from : `${from} to ${to}`;
}

export const positionsOf = (entries: readonly TimelineEntry[]): PartnerPosition[] =>
  [...new Set(entries.map((entry) => entry.position))].sort((a, b) => a - b);

export const idsOf = (entries: readonly TimelineEntry[]) => entries.map((entry) => entry.id);
