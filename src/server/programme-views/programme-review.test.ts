import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { examplePayload as momentPayload } from "~/homework/connection-moment";
import {
  examplePayload as startReflection,
  reviewExamplePayload as reviewReflection,
} from "~/homework/reflection";
import { examplePayload as ritualPayload } from "~/homework/ritual-tracker";
import { sessionPrepDownload } from "~/server/prep/prep-download";
import { testDatabase } from "~/test/db";
import { seedProgrammeRun } from "~/test/programme-view-factories";
import { payloads, seedEntries } from "~/test/timeline-factories";
import { fixtureRange, seedTimelineFixture } from "~/test/timeline-fixture";

const db = testDatabase();
const run = promisify(execFile);
const now = new Date("2026-03-15T12:00:00Z");

async function pdfText(pdf: Buffer) {
  const dir = await mkdtemp(path.join(tmpdir(), "review-"));
  const file = path.join(dir, "prep.pdf");
  await writeFile(file, pdf);
  const text = (await run("pdftotext", [file, "-"])).stdout;
  await rm(dir, { recursive: true, force: true });
  return text.replace(/\s+/g, " ");
}

/**
 * The timeline fixture's couple (London, Mar 2–15, 2026) in a six-week programme from Thursday
 * Feb 5: week 1 is Feb 5–11, week 6 Mar 12–18. Week 3 was skipped (the engine moved weeks 4–6 on
 * a week; here the dates are simply those of a run whose week 3 was skipped on its first day).
 */
async function scene() {
  const f = await seedTimelineFixture(db);
  const { p, coupleId, a, b } = f;
  await seedProgrammeRun(db, {
    practiceId: p.practiceId,
    coupleId,
    startedByUserId: p.therapist.user.id,
    startsOn: "2026-02-05",
    today: "2026-03-15",
    weekStatuses: { 3: "skipped" },
  });
  const at = (partnerId: string) => ({ practiceId: p.practiceId, coupleId, partnerId });
  await seedEntries(db, [
    // Week 1: Alex's private starting-out reflection, a CSI-4 from Sam, one ritual ticked.
    {
      ...at(a.id),
      kind: "reflection",
      occurredAt: "2026-02-06T20:00:00Z",
      payload: startReflection,
    },
    { ...at(b.id), kind: "csi4", occurredAt: "2026-02-07T09:00:00Z", payload: payloads.csi(9) },
    {
      ...at(a.id),
      kind: "ritual_tracker",
      occurredAt: "2026-02-08T20:00:00Z",
      payload: { ...ritualPayload, day: "2026-02-08" },
    },
    // Week 6: Sam looks back; Alex ticks two rituals and notices a moment.
    {
      ...at(b.id),
      kind: "reflection",
      occurredAt: "2026-03-13T20:00:00Z",
      payload: reviewReflection,
    },
    { ...at(b.id), kind: "csi4", occurredAt: "2026-03-13T09:00:00Z", payload: payloads.csi(15) },
    {
      ...at(a.id),
      kind: "ritual_tracker",
      occurredAt: "2026-03-14T20:00:00Z",
      payload: { ...ritualPayload, day: "2026-03-14" },
    },
    {
      ...at(a.id),
      kind: "connection_moment",
      occurredAt: "2026-03-14T21:00:00Z",
      payload: momentPayload,
    },
  ]);
  return { ...f, params: { practiceId: p.practiceId, coupleId } };
}

describe("the week-6 review", () => {
  test("the timeline has the programme's weeks and the review, private entries counted", async () => {
    const { p, params } = await scene();
    const timeline = await p.therapist.api.timeline.forCouple({ ...params, range: fixtureRange });
    expect(timeline.programmeWeeks.map((w) => [w.weekNumber, w.status])).toEqual([
      [1, "assigned"],
      [2, "assigned"],
      [3, "skipped"],
      [4, "assigned"],
      [5, "assigned"],
      [6, "assigned"],
    ]);
    const review = timeline.programmeReview!;
    expect(review).toMatchObject({ first: { weekNumber: 1 }, last: { weekNumber: 6 } });
    expect(review.first.sides[1]).toMatchObject({ ritualsKept: 2, connectionMoments: 0 });
    expect(review.last.sides[1]).toMatchObject({ ritualsKept: 2, connectionMoments: 1 });
    expect(review.first.sides[2].csi).toBe(9);
    expect(review.last.sides[2].csi).toBe(15);
    // The fixture's Alex logged hurts on Mar 12 and after: week 6 counts them.
    expect(review.last.sides[1].hurts).toBeGreaterThan(0);
    expect(review.reflections[1].start?.answers[0]?.value).toBe(startReflection.notice);
    expect(review.reflections[2].review?.answers.map((x) => x.value)).toEqual([
      reviewReflection.improved,
      reviewReflection.stillHard,
      reviewReflection.next,
    ]);
  });

  test("the session-prep PDF lists the weeks by the charts and prints the review", async () => {
    const { p, params } = await scene();
    const result = await sessionPrepDownload(
      db,
      p.therapist.user,
      params,
      new URLSearchParams(fixtureRange),
      now,
    );
    if (result.status !== 200) throw new Error(`status ${result.status}`);
    const text = await pdfText(result.pdf);
    expect(text).toContain("Programme weeks (Six weeks to reconnect), as bands above each chart:");
    expect(text).toContain("Week 1 of 6: Noticing where we are, Feb 5 – Feb 11;");
    expect(text).toContain("Week 3 of 6: Feeling safe together, skipped;");
    expect(text).toContain("Programme review: week 1 and week 6");
    expect(text).toMatch(/Week 1 \(Feb 5 – Feb 11\) Week 6 \(Mar 12 – Mar 18\)/);
    expect(text).toMatch(/Sam: CSI-4 \(0–21\) 9 15/);
    expect(text).toMatch(/Alex: Rituals kept 2 check-offs 2 check-offs/);
    expect(text).toMatch(/Alex: Connection moments 0 1/);
    expect(text).toContain("Alex’s reflections");
    expect(text).toContain(startReflection.hope!);
    expect(text).toContain(reviewReflection.next!);
  }, 120_000);

  test("is absent before the last week begins", async () => {
    const { p, params } = await scene();
    const early = await sessionPrepDownload(
      db,
      p.therapist.user,
      params,
      new URLSearchParams({ from: "2026-02-16", to: "2026-03-01" }),
      new Date("2026-03-01T12:00:00Z"),
    );
    if (early.status !== 200) throw new Error(`status ${early.status}`);
    const text = await pdfText(early.pdf);
    expect(text).toContain("Programme weeks (Six weeks to reconnect)");
    expect(text).not.toContain("Programme review");
  }, 120_000);
});
