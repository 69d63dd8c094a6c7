/** Free text in a one-line summary: one line, cut at a word near `max` characters. */
export function truncate(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const endsAtWord = line[max - 1] === " ";
  const lastSpace = cut.lastIndexOf(" ");
  const words = endsAtWord || lastSpace <= max / 2 ? cut : cut.slice(0, lastSpace);
  return `${words.replace(/[\s,.;:–—-]+$/, "")}…`;
}

/** "45 min", "2 h", "1 h 30 min", "3 days" */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  if (days >= 1 && minutes % 1440 < 60) return days === 1 ? "1 day" : `${days} days`;
  if (minutes >= 2880) return `${Math.round(minutes / 1440)} days`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
