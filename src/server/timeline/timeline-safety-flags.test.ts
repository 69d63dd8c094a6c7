import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { safetyFlags } from "~/server/db/schema";
import { loadSessionPrep } from "~/server/prep/session-prep";
import { sessionPrepDownload } from "~/server/prep/prep-download";
import { testDatabase } from "~/test/db";
import { payloads, seedEntries } from "~/test/timeline-factories";
import { fixtureRange, seedTimelineFixture } from "~/test/timeline-fixture";

const db = testDatabase();
const run = promisify(execFile);
const now = new Date("2026-03-16T12:00:00Z");

/**
 * The fixture (period 2–15 March, Sam's flagged entry of 11 March open) plus: Alex's flagged entry
 * of 10 January still open, one of 5 January closed, Sam's "I need help" of 1 February open and
 * one of 12 March closed.
 */
async function scene() {
  const f = await seedTimelineFixture(db);
  const { p, coupleId, a, b } = f;
  const at = (partnerId: string) => ({ practiceId: p.practiceId, coupleId, partnerId });
  const [oldOpenEntry, oldClosedEntry] = await seedEntries(db, [
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-01-10T20:00:00Z",
      payload: payloads.hurt("He threw my phone.", "tone", 9),
      safetyFlag: true,
    },
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-01-05T20:00:00Z",
      payload: payloads.hurt("Shouting in the car.", "tone", 7),
      safetyFlag: true,
    },
  ]);
  const help = (raisedAt: string, closedAt: string | null) => ({
    ...at(b.id),
    source: "help_button" as const,
    idempotencyKey: crypto.randomUUID(),
    raisedAt: new Date(raisedAt),
    ...(closedAt
      ? {
          closedAt: new Date(closedAt),
          closedByUserId: p.therapist.user.id,
          contactMethod: "phone" as const,
          outcome: "safe_now" as const,
          note: "Spoke by phone.",
        }
      : {}),
  });
  const [helpOpen, helpClosed] = await db
    .insert(safetyFlags)
    .values([
      help("2026-02-01T09:00:00Z", null),
      help("2026-03-12T09:00:00Z", "2026-03-12T15:00:00Z"),
    ])
    .returning();
  await db
    .update(safetyFlags)
    .set({ closedAt: new Date("2026-01-06T10:00:00Z"), closedByUserId: p.therapist.user.id })
    .where(eq(safetyFlags.entryId, oldClosedEntry!));
  const flagOf = async (entryId: string) =>
    (await db.select().from(safetyFlags).where(eq(safetyFlags.entryId, entryId)))[0]!.id;
  const inPeriodEntry = f.id("2026-03-11T08:00:00Z");
  return {
    ...f,
    expected: [
      await flagOf(oldOpenEntry!),
      helpOpen!.id,
      await flagOf(inPeriodEntry),
      helpClosed!.id,
    ],
    oldOpenEntry: oldOpenEntry!,
  };
}

describe("safety flags head the timeline and the session prep whatever the period", () => {
  test("the timeline lists every open flag, even from before the period and for a filtered-out partner, then the period's closed ones", async () => {
    const s = await scene();
    const t = await s.p.therapist.api.timeline.forCouple({
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
      range: fixtureRange,
      positions: [1],
    });
    expect(t.safetyFlags.map((f) => f.id)).toEqual(s.expected);
    expect(t.safetyFlags.map((f) => f.closed === null)).toEqual([true, true, true, false]);
    expect(t.safetyFlags[0]!.entry).toMatchObject({
      id: s.oldOpenEntry,
      quote: "He threw my phone.",
    });
    // Outside the period, the entry itself is not among the period's entries.
    expect(t.entries.map((e) => e.id)).not.toContain(s.oldOpenEntry);
  });

  test("the session prep carries the same flags, and the PDF shows the old open one first", async () => {
    const s = await scene();
    const scope = {
      practiceId: s.p.practiceId,
      userId: s.p.therapist.user.id,
      role: "therapist" as const,
    };
    const prep = await loadSessionPrep(
      db,
      scope,
      { coupleId: s.coupleId, range: fixtureRange },
      now,
    );
    expect(prep.safetyFlags.map((f) => f.id)).toEqual(s.expected);

    const result = await sessionPrepDownload(
      db,
      s.p.therapist.user,
      { practiceId: s.p.practiceId, coupleId: s.coupleId },
      new URLSearchParams(fixtureRange),
    );
    if (result.status !== 200) throw new Error(`status ${result.status}`);
    const dir = await mkdtemp(path.join(tmpdir(), "prep-safety-"));
    const file = path.join(dir, "prep.pdf");
    await writeFile(file, result.pdf);
    const page1 = (await run("pdftotext", ["-f", "1", "-l", "1", file, "-"])).stdout.replace(
      /\s+/g,
      " ",
    );
    await rm(dir, { recursive: true, force: true });
    expect(page1).toContain("Safety: 3 open flags, not yet followed up");
    expect(page1).toContain("He threw my phone.");
    expect(page1).toContain("(before this period)");
    expect(page1).toContain("Closed Mar 12, 2026: Safe for now, no further action");
    expect(page1).not.toContain("Shouting in the car.");
    expect(page1.indexOf("He threw my phone.")).toBeLessThan(page1.indexOf("Snapped at me."));
  });
});
