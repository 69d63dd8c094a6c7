import { describe, expect, it } from "vitest";
import { programmeReview, reviewedRun } from "./programme-review";
import { reviewRows } from "./programme-review-rows";
import type { ProgrammeWeekSpan } from "./programme-weeks";
import { csi, entry, hurt } from "./test-support";
import { addDays } from "./weeks";

// Six weeks from Thursday Oct 1, 2026 (UTC): week 1 Oct 1–7, week 6 Nov 5–11.
function run(
  statuses: Partial<Record<number, ProgrammeWeekSpan["status"]>> = {},
  runId = "run",
  startsOn = "2026-10-01",
): ProgrammeWeekSpan[] {
  return [1, 2, 3, 4, 5, 6].map((weekNumber) => ({
    id: `${runId}-w${weekNumber}`,
    runId,
    runTitle: "Six weeks to reconnect",
    weekNumber,
    weekCount: 6,
    title: `Title ${weekNumber}`,
    startsOn: addDays(startsOn, 7 * (weekNumber - 1)),
    endsOn: addDays(startsOn, 7 * weekNumber - 1),
    status: statuses[weekNumber] ?? "assigned",
  }));
}

const ritual = (id: string, position: 1 | 2, at: string, ritualIds: string[], day?: string) =>
  entry(id, "ritual_tracker", position, at, {
    ...(day ? { ritualDay: day } : {}),
    ritualsDone: ritualIds.map((rid) => ({ id: rid, label: rid, rhythm: "daily" as const })),
  });
const moment = (id: string, position: 1 | 2, at: string) =>
  entry(id, "connection_moment", position, at, { turnedToward: true, closeness: 7 });
const reflection = (
  id: string,
  position: 1 | 2,
  at: string,
  payload: Record<string, string>,
  extra = {},
) =>
  entry(
    id,
    "reflection",
    position,
    at,
    { reflectionStage: payload.stage as "start" | "review" },
    { payload, ...extra },
  );

const none = { first: new Set<string>(), last: new Set<string>() };

describe("reviewedRun", () => {
  it("is due once the last week has begun, not before", () => {
    expect(reviewedRun(run(), "2026-11-04")).toBeNull();
    expect(reviewedRun(run(), "2026-11-05")).toMatchObject({
      first: { weekNumber: 1 },
      last: { weekNumber: 6 },
    });
  });

  it("takes the last week that took place when one was skipped; none for a stopped run", () => {
    // Week 3 skipped: the engine moved weeks 4–6 a week earlier.
    const skipped = run({ 3: "skipped" }).map((w) =>
      w.weekNumber > 3
        ? { ...w, startsOn: addDays(w.startsOn, -7), endsOn: addDays(w.endsOn, -7) }
        : w,
    );
    expect(reviewedRun(skipped, "2026-10-29")?.last.weekNumber).toBe(6);
    expect(reviewedRun(run({ 5: "cancelled", 6: "cancelled" }), "2026-12-01")).toBeNull();
  });

  it("reviews the newest run that got there", () => {
    const older = run({}, "old", "2026-06-01");
    const newer = run({}, "new", "2026-10-01");
    expect(reviewedRun([...older, ...newer], "2026-11-06")?.first.runId).toBe("new");
    expect(reviewedRun([...older, ...newer], "2026-10-20")?.first.runId).toBe("old");
  });
});

describe("programmeReview", () => {
  const entries = [
    // Week 1
    csi("c1", 1, "2026-10-01T08:00:00Z", 10),
    csi("c2", 1, "2026-10-06T08:00:00Z", 11),
    csi("c3", 2, "2026-10-02T08:00:00Z", 9),
    hurt("h1", 1, "2026-10-02T09:00:00Z", { repaired: true }),
    hurt("h2", 1, "2026-10-03T09:00:00Z", { repaired: false }),
    // A quick log that does not say yet whether it was repaired.
    hurt("h3", 2, "2026-10-03T09:00:00Z", { repaired: undefined }),
    ritual("r1", 1, "2026-10-02T20:00:00Z", ["walk"]),
    moment("m1", 2, "2026-10-04T20:00:00Z"),
    reflection("f1", 1, "2026-10-01T21:00:00Z", {
      stage: "start",
      notice: "Quiet evenings",
      miss: "Laughing",
      hope: "One evening a week",
    }),
    // Week 6: sent on Nov 12, the day after the week, but asked by week 6's homework.
    csi("c4", 1, "2026-11-06T08:00:00Z", 15),
    csi("c5", 2, "2026-11-12T08:00:00Z", 14, { assignmentId: "csi-w6" }),
    hurt("h4", 2, "2026-11-06T09:00:00Z", { repaired: true }),
    // The same ritual ticked twice on one day counts once; the day ticked wins over the sending.
    ritual("r2", 1, "2026-11-05T20:00:00Z", ["walk", "goodbye"]),
    ritual("r3", 1, "2026-11-05T21:00:00Z", ["walk"]),
    ritual("r4", 1, "2026-11-12T07:00:00Z", ["goodbye"], "2026-11-11"),
    ritual("r5", 2, "2026-11-07T20:00:00Z", ["walk"]),
    moment("m2", 1, "2026-11-06T20:00:00Z"),
    moment("m3", 2, "2026-11-07T20:00:00Z"),
    moment("m4", 2, "2026-11-08T20:00:00Z"),
    reflection("f2", 1, "2026-11-10T21:00:00Z", {
      stage: "review",
      improved: "Goodnights",
      stillHard: "Money",
      next: "Sunday walks",
    }),
    // Between the two weeks: counted in neither.
    moment("m5", 1, "2026-10-20T20:00:00Z"),
    hurt("h5", 1, "2026-10-20T09:00:00Z", { repaired: false }),
  ];

  const review = programmeReview({
    weeks: run(),
    entries,
    assignmentIds: { first: new Set(), last: new Set(["csi-w6"]) },
    timeZone: "UTC",
    today: "2026-11-12",
  })!;

  it("puts weeks 1 and 6 side by side for each partner", () => {
    expect(review.first).toMatchObject({ weekNumber: 1, title: "Title 1", startsOn: "2026-10-01" });
    expect(review.last).toMatchObject({ weekNumber: 6, endsOn: "2026-11-11" });
    expect(review.first.sides[1]).toEqual({
      csi: 11,
      ritualEntries: 1,
      ritualsKept: 1,
      connectionMoments: 0,
      hurts: 2,
      hurtsAnswered: 2,
      repaired: 1,
      repairedShare: 0.5,
    });
    expect(review.first.sides[2]).toMatchObject({
      csi: 9,
      connectionMoments: 1,
      hurts: 1,
      hurtsAnswered: 0,
      repairedShare: null,
    });
    expect(review.last.sides[1]).toMatchObject({
      csi: 15,
      ritualEntries: 3,
      ritualsKept: 3,
      connectionMoments: 1,
      hurts: 0,
      repairedShare: null,
    });
    expect(review.last.sides[2]).toMatchObject({
      csi: 14,
      ritualsKept: 1,
      connectionMoments: 2,
      hurts: 1,
      repaired: 1,
      repairedShare: 1,
    });
  });

  it("gives each partner's start and review reflections in the form's words", () => {
    expect(review.reflections[1].start).toMatchObject({
      entryId: "f1",
      stage: "start",
      answers: [
        { label: "What do I notice about us right now?", value: "Quiet evenings" },
        { label: "What do I miss?", value: "Laughing" },
        { label: "One change I hope for", value: "One evening a week" },
      ],
    });
    expect(review.reflections[1].review?.answers.map((a) => a.value)).toEqual([
      "Goodnights",
      "Money",
      "Sunday walks",
    ]);
    expect(review.reflections[2]).toEqual({ start: null, review: null });
  });

  it("is null before the last week", () => {
    expect(
      programmeReview({
        weeks: run(),
        entries,
        assignmentIds: none,
        timeZone: "UTC",
        today: "2026-10-20",
      }),
    ).toBeNull();
  });

  it("counts by the couple's day: an entry late on Oct 7 in Los Angeles is week 1", () => {
    const late = [moment("m9", 1, "2026-10-08T05:00:00Z")];
    const at = (timeZone: string) =>
      programmeReview({
        weeks: run(),
        entries: late,
        assignmentIds: none,
        timeZone,
        today: "2026-11-12",
      })!.first.sides[1].connectionMoments;
    expect(at("America/Los_Angeles")).toBe(1);
    expect(at("UTC")).toBe(0);
  });
});

describe("reviewRows", () => {
  it("says each measure in words for both weeks, partner by partner", () => {
    const review = programmeReview({
      weeks: run(),
      entries: [
        csi("c1", 1, "2026-10-01T08:00:00Z", 10),
        hurt("h1", 2, "2026-10-02T09:00:00Z", { repaired: true }),
        hurt("h2", 2, "2026-10-02T10:00:00Z", { repaired: false }),
        hurt("h3", 2, "2026-10-02T11:00:00Z", { repaired: true }),
        ritual("r1", 1, "2026-11-06T20:00:00Z", ["walk", "goodbye"]),
      ],
      assignmentIds: none,
      timeZone: "UTC",
      today: "2026-11-06",
    })!;
    const rows = reviewRows(review, { 1: "Alex", 2: "Sam" });
    expect(rows.map((r) => [r.partner, r.measure, r.first, r.last])).toEqual([
      ["Alex", "CSI-4 (0–21)", "10", "—"],
      ["Alex", "Rituals kept", "none ticked", "2 check-offs"],
      ["Alex", "Connection moments", "0", "0"],
      ["Alex", "Hurts and repairs", "none logged", "none logged"],
      ["Sam", "CSI-4 (0–21)", "—", "—"],
      ["Sam", "Rituals kept", "none ticked", "none ticked"],
      ["Sam", "Connection moments", "0", "0"],
      ["Sam", "Hurts and repairs", "3 logged, 2 of 3 repaired (67%)", "none logged"],
    ]);
  });
});
