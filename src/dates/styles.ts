/** How a practice writes dates and times: US (Nov 16, 2026 · 3:05 PM) or international (16 Nov 2026 · 15:05). */
export const dateStyles = ["US", "international"] as const;
export type DateStyle = (typeof dateStyles)[number];

export const defaultDateStyle: DateStyle = "US";

export const dateStyleLabels: Record<DateStyle, string> = {
  US: "US: Nov 16, 2026 · 3:05 PM",
  international: "International: 16 Nov 2026 · 15:05",
};

/** Everything a page needs to write a moment: the reader's style and the zone it happened in. */
export interface DateSettings {
  style: DateStyle;
  timeZone: string;
}
