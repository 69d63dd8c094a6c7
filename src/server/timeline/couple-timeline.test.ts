import { describe, expect, test } from "vitest";
import { buildTimeline } from "~/timeline/build-timeline";
import type { TimelineEntry } from "~/timeline/types";
import { testDatabase } from "~/test/db";
import { auditTrail, rejectsWith, seedPractice } from "~/test/factories";
import { payloads, seedEntries } from "~/test/timeline-factories";
import { fixtureRange as range, seedTimelineFixture } from "~/test/timeline-fixture";

const db = testDatabase();
const fixture = () => seedTimelineFixture(db);

const week1 = { label: "2026-03-02", start: new Date("2026-03-02T00:00:00Z") };
const week2 = { label: "2026-03-09", start: new Date("2026-03-09T00:00:00Z") };
const met = (toward: number, away: number) => ({ toward, away, against: 0 });

describe("timeline.forCouple", () => {
  test("returns exactly the fixture's weeks, key numbers, entries and highlights", async () => {
    const { p, coupleId, id, ids } = await fixture();
    const t = await p.therapist.api.timeline.forCouple({
      practiceId: p.practiceId,
      coupleId,
      range,
    });

    expect(t.period).toEqual({
      from: new Date("2026-03-02T00:00:00Z"),
      to: new Date("2026-03-16T00:00:00Z"),
    });
    expect(t.previous).toEqual({
      from: new Date("2026-02-16T00:00:00Z"),
      to: new Date("2026-03-02T00:00:00Z"),
    });
    expect(t.range).toMatchObject({ fromDate: "2026-03-02", toDate: "2026-03-15", days: 14 });
    expect(t.partners).toEqual({ 1: "Alex", 2: "Sam" });
    expect(t.csiCutoff).toBe(13.5);
    expect(t.entries).toHaveLength(11);
    // The charts' rows cover eight weeks ending with the period's two; the previous period's
    // hurts (Feb 20, Mar 1) show in the weeks before.
    expect(t.chartWindow).toEqual({ from: new Date("2026-01-19T00:00:00Z"), to: t.period.to });
    expect(t.hurts.map((w) => w.total)).toEqual([0, 0, 0, 0, 1, 1, 2, 2]);
    expect(t.hurts.slice(-2)).toEqual([
      { ...week1, byCategory: { phone: 2 }, total: 2, meanIntensity: 5 },
      { ...week2, byCategory: { phone: 1, tone: 1 }, total: 2, meanIntensity: 6.5 },
    ]);
    expect(t.repair.slice(-2)).toEqual([
      {
        ...week1,
        logged: 2,
        answered: 2,
        repaired: 1,
        share: 0.5,
        medianMinutesToRepair: 30,
        timesWithoutUnit: 0,
      },
      {
        ...week2,
        logged: 2,
        answered: 2,
        repaired: 2,
        share: 1,
        medianMinutesToRepair: 75,
        timesWithoutUnit: 0,
      },
    ]);
    expect(t.bids.slice(-2)).toEqual([
      { ...week1, toward: 1, away: 0, against: 0, made: met(1, 0), received: met(0, 0) },
      { ...week2, toward: 0, away: 1, against: 0, made: met(0, 1), received: met(0, 0) },
    ]);
    expect(t.cycles.slice(-2)).toEqual([
      { ...week1, roles: { 1: { pursue: 1, withdraw: 0 }, 2: { pursue: 0, withdraw: 1 } } },
      { ...week2, roles: { 1: { pursue: 0, withdraw: 0 }, 2: { pursue: 0, withdraw: 0 } } },
    ]);
    expect(t.csi.map((c) => [c.position, c.score])).toEqual([
      [1, 16],
      [1, 12],
      [2, 15],
    ]);
    expect(t.keyNumbers).toEqual({
      current: {
        hurts: 4,
        hurtsAnswered: 4,
        repairRate: 0.75,
        medianMinutesToRepair: 60,
        repairTimesWithoutUnit: 0,
        raisedShare: 1,
        landedShare: null,
        meanCloseness: null,
        towardShare: { made: 0.5, received: null },
        turnedToward: { bidsToward: 1, connectionMoments: 0, total: 1 },
        connectionCloseness: null,
        csi: { 1: 12, 2: 15 },
        completion: { 1: null, 2: null },
      },
      previous: {
        hurts: 2,
        hurtsAnswered: 2,
        repairRate: 0.5,
        medianMinutesToRepair: 120,
        repairTimesWithoutUnit: 0,
        raisedShare: 1,
        landedShare: null,
        meanCloseness: null,
        towardShare: { made: null, received: null },
        turnedToward: { bidsToward: 0, connectionMoments: 0, total: 0 },
        connectionCloseness: null,
        csi: { 1: 16, 2: null },
        completion: { 1: null, 2: null },
      },
    });

    const first = t.entries.find((e) => e.id === id("2026-03-02T20:00:00Z"));
    expect(first).toMatchObject({
      kind: "micro_hurt",
      position: 1,
      partnerName: "Alex",
      visibility: "shared",
      quote: "Scrolled while I talked.",
      summary: "Phone or distraction · intensity 6 · repaired after 30 minutes",
      metrics: { category: "phone", intensity: 6, repaired: true, minutesToRepair: 30 },
    });
    const quotes = Object.fromEntries(t.entries.map((e) => [e.kind, e.quote]));
    expect(quotes).toMatchObject({
      bid: "Showed a photo",
      cycle_map: "Being chased about plans.",
      csi4: null,
      soft_checkin: "The coffee.",
    });

    const phone = ["2026-03-02T20:00:00Z", "2026-03-04T21:00:00Z", "2026-03-10T19:00:00Z"];
    expect(t.highlights.map((h) => [h.rule, h.severity, [...h.entryIds].sort()])).toEqual([
      ["safety_flag", "urgent", [id("2026-03-11T08:00:00Z")]],
      ["csi_cutoff", "attention", ids("2026-02-22T10:00:00Z", "2026-03-08T09:00:00Z")],
      ["unrepaired", "attention", [id("2026-03-01T23:30:00Z")]],
      ["unrepaired", "attention", [id("2026-03-04T21:00:00Z")]],
      ["repeated_category", "attention", ids(...phone)],
      ["repeated_story", "attention", ids(...phone)],
      ["same_moment", "info", ids("2026-03-05T20:00:00Z", "2026-03-05T22:00:00Z")],
    ]);
    expect(t.focus.map((f) => f.from)).toEqual([
      ["safety_flag"],
      ["csi_cutoff"],
      ["repeated_story"],
    ]);
    // Entries behind highlights that lie before the period come along, to open and to quote.
    expect(t.highlightEntries.map((e) => e.id).sort()).toEqual(
      ids("2026-02-22T10:00:00Z", "2026-03-01T23:30:00Z"),
    );
  });

  test("is the builder's answer for the entries as the fixture states them", async () => {
    const { p, coupleId } = await fixture();
    const now = new Date();
    const t = await p.therapist.api.timeline.forCouple({
      practiceId: p.practiceId,
      coupleId,
      range,
    });
    const again = buildTimeline({
      period: t.period,
      timeZone: "Europe/London",
      dateStyle: "US",
      partners: t.partners,
      csiCutoff: 13.5,
      // the period's entries as loaded, plus the previous period's as the fixture wrote them
      entries: [...t.entries, ...previousEntries()],
      sessionDates: t.sessionDates,
      assignments: [],
      now,
    });
    expect(again.keyNumbers).toEqual(t.keyNumbers);
    expect(again.hurts).toEqual(t.hurts);
  });

  test("filters by kind and by partner, charts and key numbers included", async () => {
    const { p, coupleId } = await fixture();
    const base = { practiceId: p.practiceId, coupleId, range };
    const hurts = await p.therapist.api.timeline.forCouple({ ...base, kinds: ["micro_hurt"] });
    expect(new Set(hurts.entries.map((e) => e.kind))).toEqual(new Set(["micro_hurt"]));
    expect(hurts.bids.every((w) => w.toward + w.away + w.against === 0)).toBe(true);
    expect(hurts.keyNumbers.current.hurts).toBe(4);

    const sam = await p.therapist.api.timeline.forCouple({ ...base, positions: [2] });
    expect(new Set(sam.entries.map((e) => e.partnerName))).toEqual(new Set(["Sam"]));
    expect(sam.hurts.map((w) => w.byCategory).slice(-3)).toEqual([
      { promise_dissolved: 1 },
      {},
      { tone: 1 },
    ]);
    expect(sam.keyNumbers.current).toMatchObject({ hurts: 1, csi: { 1: null, 2: 15 } });
    expect(sam.keyNumbers.previous.hurts).toBe(1);
  });

  test("since the last session: from the latest recorded session's day; 4 weeks before any", async () => {
    const { p, coupleId } = await fixture();
    const base = { practiceId: p.practiceId, coupleId };
    const none = await p.therapist.api.timeline.forCouple({ ...base, range: "since_last_session" });
    expect(none.range).toMatchObject({ noSessionYet: true, days: 28, latestSessionOn: null });
    for (const sessionOn of ["2026-03-01", "2026-03-09"]) {
      await p.therapist.api.therapySessions.record({ ...base, sessionOn, notes: "" });
    }
    const since = await p.therapist.api.timeline.forCouple({
      ...base,
      range: "since_last_session",
    });
    expect(since.range).toMatchObject({
      fromDate: "2026-03-09",
      noSessionYet: false,
      latestSessionOn: "2026-03-09",
    });
    expect(since.period.from).toEqual(new Date("2026-03-09T00:00:00Z"));
    const all = await p.therapist.api.timeline.forCouple({ ...base, range: "all" });
    expect(all.range.fromDate).toBe("2026-01-01");
  });

  test("a CSI-4 change is measured against the previous score, however long ago", async () => {
    const { p, coupleId, b } = await fixture();
    const [old] = await seedEntries(db, [
      {
        practiceId: p.practiceId,
        coupleId,
        partnerId: b.id,
        kind: "csi4",
        occurredAt: "2025-12-01T09:00:00Z",
        payload: payloads.csi(19),
      },
    ]);
    const t = await p.therapist.api.timeline.forCouple({
      practiceId: p.practiceId,
      coupleId,
      range,
    });
    const change = t.highlights.find((h) => h.rule === "csi_change");
    expect(change).toMatchObject({ positions: [2], entryIds: [old, expect.any(String)] });
    expect(t.highlightEntries.map((e) => e.id)).toContain(old);
    // …and only that one old score is loaded: the rest of December is not.
    expect(t.keyNumbers.previous.csi).toEqual({ 1: 16, 2: null });
  });

  test("writes timeline.viewed with the range and filters, and no clinical text", async () => {
    const { p, coupleId } = await fixture();
    await p.therapist.api.timeline.forCouple({
      practiceId: p.practiceId,
      coupleId,
      range,
      kinds: ["bid"],
    });
    const [event] = (await auditTrail(db, p.practiceId)).slice(-1);
    expect(event).toMatchObject({
      action: "timeline.viewed",
      actorUserId: p.therapist.user.id,
      subjectType: "couple",
      coupleId,
      details: {
        range: "custom",
        from: "2026-03-02",
        to: "2026-03-15",
        kinds: ["bid"],
        positions: [],
        entries: 2,
      },
    });
  });

  test("refuses a backwards or over-long range with a readable message", async () => {
    const { p, coupleId } = await fixture();
    const base = { practiceId: p.practiceId, coupleId };
    const backwards = await rejectsWith(
      p.therapist.api.timeline.forCouple({
        ...base,
        range: { from: "2026-03-10", to: "2026-03-01" },
      }),
      "BAD_REQUEST",
    );
    expect(backwards.cause).toMatchObject({
      issues: [{ message: "The end date must be on or after the start date." }],
    });
    const long = await rejectsWith(
      p.therapist.api.timeline.forCouple({
        ...base,
        range: { from: "2024-01-01", to: "2026-03-01" },
      }),
      "BAD_REQUEST",
    );
    expect(long.cause).toMatchObject({
      issues: [{ message: "Choose a range of at most two years." }],
    });
  });

  test("outsider and wrong therapist: NOT_FOUND, and no audit event", async () => {
    const { p, coupleId, id } = await fixture();
    const outsider = await seedPractice(db);
    const before = await auditTrail(db, p.practiceId);
    const entryId = id("2026-03-02T20:00:00Z");
    for (const [api, practiceId] of [
      [outsider.owner.api, outsider.practiceId],
      [outsider.owner.api, p.practiceId],
      [p.otherTherapist.api, p.practiceId],
    ] as const) {
      await rejectsWith(api.timeline.forCouple({ practiceId, coupleId, range }), "NOT_FOUND");
      await rejectsWith(api.timeline.entry({ practiceId, coupleId, entryId }), "NOT_FOUND");
    }
    expect(await auditTrail(db, p.practiceId)).toEqual(before);
  });
});

describe("timeline.entry", () => {
  test("opens one entry with all its answers and writes entry.viewed", async () => {
    const { p, coupleId, id } = await fixture();
    const entryId = id("2026-03-05T20:00:00Z");
    const entry = await p.therapist.api.timeline.entry({
      practiceId: p.practiceId,
      coupleId,
      entryId,
    });
    expect(entry).toMatchObject({
      id: entryId,
      kindTitle: "Pursue–withdraw cycle map",
      partnerName: "Alex",
      position: 1,
    });
    expect(entry.answers).toContainEqual({
      label: "What set it off?",
      value: "Planning the week.",
    });
    expect(entry.answers).toContainEqual({
      label: "What I told myself about me",
      value: "If I don't push, nothing changes.",
    });
    const [event] = (await auditTrail(db, p.practiceId)).slice(-1);
    expect(event).toMatchObject({
      action: "entry.viewed",
      subjectType: "entry",
      subjectId: entryId,
      coupleId,
    });
  });

  test("an entry of another couple is NOT_FOUND under this couple's id", async () => {
    const mine = await fixture();
    const theirs = await fixture();
    await rejectsWith(
      mine.p.therapist.api.timeline.entry({
        practiceId: mine.p.practiceId,
        coupleId: mine.coupleId,
        entryId: theirs.id("2026-03-02T20:00:00Z"),
      }),
      "NOT_FOUND",
    );
  });
});

/** The previous period's entries exactly as the fixture writes them, mapped by hand. */
function previousEntries(): TimelineEntry[] {
  const base = {
    visibility: "private" as const,
    safetyFlag: false,
    summary: "",
    quote: null,
    payload: {},
    assignmentId: null,
  };
  return [
    {
      ...base,
      id: "p1",
      kind: "micro_hurt",
      position: 1,
      partnerName: "Alex",
      occurredAt: new Date("2026-02-20T19:00:00Z"),
      metrics: {
        category: "tone",
        intensity: 3,
        repaired: true,
        minutesToRepair: 120,
        raised: true,
        story: "not_a_priority",
      },
    },
    {
      ...base,
      id: "p2",
      kind: "csi4",
      position: 1,
      partnerName: "Alex",
      occurredAt: new Date("2026-02-22T10:00:00Z"),
      metrics: { score: 16 },
    },
    {
      ...base,
      id: "p3",
      kind: "micro_hurt",
      position: 2,
      partnerName: "Sam",
      occurredAt: new Date("2026-03-01T23:30:00Z"),
      metrics: {
        category: "promise_dissolved",
        intensity: 2,
        repaired: false,
        raised: true,
        story: "not_a_priority",
      },
    },
  ];
}
