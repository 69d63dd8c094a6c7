import { and, eq } from "drizzle-orm";
import type { Database } from "../../../src/server/db/client";
import { couples, therapySessions } from "../../../src/server/db/schema";
import { addDays, localDateOf } from "../../../src/timeline/weeks";
import type { DemoHistory } from "./seed-homework";

/** Fictional notes a therapist might keep; no real person's words. */
const notes = [
  "First session after intake. Mapped the Sunday-planning cycle together; both could name their move. Homework: cycle map when it happens.",
  "Slowed down a recent fight about the phone at dinner. One partner found 'lonely' under the frustration. Practised a softer start-up.",
  "Reviewed the week's micro-hurts. More repairs logged, quicker. Talked about what makes reaching out feel risky.",
  "Worked on turning toward small bids. Agreed a ten-minute check-in after work. CSI-4 discussed: both want to keep tracking it.",
  "Revisited the 'not a priority' story and where it comes from. The other partner listened without defending: a real moment of contact.",
];

/** Fortnightly sessions over the demo period, the latest a few days ago, with short notes. */
export async function seedDemoTherapySessions(
  db: Database,
  practiceId: string,
  therapistUserId: string,
  history: DemoHistory,
) {
  const [couple] = await db
    .select()
    .from(couples)
    .where(and(eq(couples.practiceId, practiceId), eq(couples.label, history.label)));
  if (!couple) return 0;
  const today = localDateOf(new Date(), couple.timeZone);
  const dates: string[] = [];
  for (let day = -5; day > -history.weeks * 7; day -= 14) dates.unshift(addDays(today, day));
  if (dates.length === 0) return 0;
  await db.insert(therapySessions).values(
    dates.map((sessionOn, i) => ({
      practiceId,
      coupleId: couple.id,
      sessionOn,
      notes: notes[i % notes.length]!,
      createdByUserId: therapistUserId,
    })),
  );
  return dates.length;
}
