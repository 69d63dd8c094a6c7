import { sinceLabel } from "~/dates";

export interface LinkSummary {
  description: string;
}

/** "2 working links · last opened 3 days ago", from the link status rows of one partner. */
export function linkSummary(
  rows: { partnerId: string; expiresAt: Date; lastOpenedAt: Date | null }[],
  partnerId: string,
  now = new Date(),
  pending: { partnerId: string }[] = [],
): LinkSummary {
  const mine = rows.filter((r) => r.partnerId === partnerId);
  // Homework emails are batched for a few seconds; the link is made when the email goes.
  const onItsWay = pending.some((p) => p.partnerId === partnerId)
    ? "A homework email with a new link is on its way."
    : null;
  if (mine.length === 0) return { description: onItsWay ?? "No working link." };
  const opened = mine
    .map((r) => r.lastOpenedAt)
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const count = mine.length === 1 ? "1 working link" : `${mine.length} working links`;
  const seen = opened ? `last opened ${sinceLabel(opened, now)}` : "not opened yet";
  return { description: onItsWay ? `${count} · ${seen}. ${onItsWay}` : `${count} · ${seen}` };
}
