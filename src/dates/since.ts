const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "today", "3 days ago", "2 months ago": how long since, in the reader's terms. */
export function sinceLabel(date: Date | null, now = new Date()): string {
  if (!date) return "No activity yet";
  const days = Math.round((date.getTime() - now.getTime()) / 86_400_000);
  if (Math.abs(days) < 30) return relative.format(days, "day");
  const months = Math.round(days / 30);
  if (Math.abs(months) < 12) return relative.format(months, "month");
  return relative.format(Math.round(days / 365), "year");
}
