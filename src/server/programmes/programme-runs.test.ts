import { and, eq } from "drizzle-orm";
import { describe, expect, inject, test } from "vitest";
import { createDatabase } from "~/server/db/client";
import { couples, emailOutbox, rateLimits, safetyFlags } from "~/server/db/schema";
import { EMAIL_LIMITS } from "~/server/rate-limit/email-allowance";
import { raiseHelpButtonFlag } from "~/test/safety-factories";
import { testDatabase } from "~/test/db";
import { seedCoupleWithPartners } from "~/test/homework-factories";
import { practiceProgramme, runState, therapistScope } from "~/test/programme-factories";
import { assignDueWeeks } from "./assign-weeks";
import {
  extendProgrammeWeek,
  pauseProgramme,
  resumeProgramme,
  skipProgrammeWeek,
  stopProgramme,
} from "./programme-controls";
import { startProgramme } from "./programme-runs";

const db = testDatabase();

/** Noon in London on a Monday, and the days after it. */
const MONDAY = Date.parse("2027-03-01T12:00:00Z");
const day = (n: number) => new Date(MONDAY + n * 24 * 60 * 60 * 1000);

async function started(startsOn = "2027-03-01", now = day(0)) {
  const s = await seedCoupleWithPartners(db);
  const familyId = await practiceProgramme(s.p);
  const scope = therapistScope(s.p);
  const run = await startProgramme(
    db,
    scope,
    { coupleId: s.coupleId, programme: { familyId }, startsOn },
    now,
  );
  return { ...s, scope, familyId, runId: run.id };
}

const scan = (runId: string, now: Date) => assignDueWeeks(db, { runId, now });

describe("starting a programme", () => {
  test("copies the weeks in, dates every week and assigns a week that starts today at once", async () => {
    const { runId, p, familyId, a, b } = await started();
    const state = await runState(db, runId);
    expect(state.run).toMatchObject({
      status: "active",
      templateVersion: 2,
      startsOn: "2027-03-01",
    });
    expect(state.weeks).toEqual([
      { n: 1, startsOn: "2027-03-01", endsOn: "2027-03-07", status: "assigned" },
      { n: 2, startsOn: "2027-03-08", endsOn: "2027-03-14", status: "scheduled" },
      { n: 3, startsOn: "2027-03-15", endsOn: "2027-03-21", status: "scheduled" },
    ]);
    expect(
      state.assignments.map((x) => [x.weekNumber, x.kind, x.cadence, x.dueOn, x.untilOn]),
    ).toEqual([
      [1, "csi4", "once", "2027-03-07", "2027-03-07"],
      [1, "soft_checkin", "weekly", null, "2027-03-07"],
    ]);
    expect(state.audit.map((e) => e.action)).toEqual([
      "programme_run.started",
      "programme_run.week_assigned",
    ]);
    const mail = await db
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.practiceId, p.practiceId),
          eq(emailOutbox.template, "homework_assigned"),
        ),
      );
    expect(mail.map((m) => m.subjectId).sort()).toEqual([a.id, b.id].sort());

    // A later edit of the programme changes nothing in the run that started with version 2.
    await p.owner.api.programmes.revise({
      practiceId: p.practiceId,
      familyId,
      title: "Renamed",
      summary: "",
      weeks: [
        {
          title: "Only week",
          intention: "Something else.",
          homework: [{ kind: "bid", cadence: "once", partnerPositions: [2] }],
        },
      ],
    });
    const after = await runState(db, runId);
    expect(after.run.weeks).toEqual(state.run.weeks);
    expect(after.run.title).toBe("Three quiet weeks");
  });

  test("one running programme per couple, never for a discharged couple, never in the past", async () => {
    const { coupleId, scope } = await started();
    const again = startProgramme(
      db,
      scope,
      { coupleId, programme: { builtinKey: "six-week-reconnect" }, startsOn: "2027-03-08" },
      day(0),
    );
    await expect(again).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This couple already has a programme running. Stop it before starting another.",
    });
    const other = await seedCoupleWithPartners(db);
    const otherScope = therapistScope(other.p);
    await db.update(couples).set({ status: "discharged" }).where(eq(couples.id, other.coupleId));
    await expect(
      startProgramme(
        db,
        otherScope,
        {
          coupleId: other.coupleId,
          programme: { builtinKey: "six-week-reconnect" },
          startsOn: "2027-03-08",
        },
        day(0),
      ),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("discharged"),
    });
    await db.update(couples).set({ status: "active" }).where(eq(couples.id, other.coupleId));
    await expect(
      startProgramme(
        db,
        otherScope,
        {
          coupleId: other.coupleId,
          programme: { builtinKey: "six-week-reconnect" },
          startsOn: "2027-02-28",
        },
        day(0),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Choose today or a later day." });
  });
});

describe("the worker's scan", () => {
  test("begins each week on its day, ends nothing twice, and finishes the run after its last week", async () => {
    const { runId } = await started();
    expect(await scan(runId, day(6))).toEqual({ assigned: 0, finished: 0 });
    expect(await scan(runId, day(7))).toEqual({ assigned: 1, finished: 0 });
    expect(await scan(runId, day(7))).toEqual({ assigned: 0, finished: 0 });
    expect(await scan(runId, day(14))).toEqual({ assigned: 1, finished: 0 });
    expect(await scan(runId, day(20))).toEqual({ assigned: 0, finished: 0 });
    expect(await scan(runId, day(21))).toEqual({ assigned: 0, finished: 1 });
    const state = await runState(db, runId);
    expect(state.run.status).toBe("finished");
    expect(state.assignments.map((x) => [x.weekNumber, x.kind, x.untilOn])).toEqual([
      [1, "csi4", "2027-03-07"],
      [1, "soft_checkin", "2027-03-07"],
      [2, "micro_hurt", "2027-03-14"],
      [3, "bid", "2027-03-21"],
    ]);
  });

  test("two workers scanning at once assign a week exactly once", async () => {
    const { runId } = await started("2027-03-02");
    const [first, second] = [createPool(), createPool()];
    try {
      const results = await Promise.all([
        assignDueWeeks(first.db, { runId, now: day(1) }),
        assignDueWeeks(second.db, { runId, now: day(1) }),
      ]);
      expect(results.map((r) => r.assigned).sort()).toEqual([0, 1]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    const state = await runState(db, runId);
    expect(state.assignments).toHaveLength(2);
    expect(state.audit.filter((e) => e.action === "programme_run.week_assigned")).toHaveLength(1);
  });

  test("a worker that dies after flipping a week leaves it scheduled; the next scan assigns it once", async () => {
    const { runId } = await started("2027-03-02");
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let flipped: () => void = () => {};
    const hasFlipped = new Promise<void>((resolve) => (flipped = resolve));
    const dying = assignDueWeeks(db, {
      runId,
      now: day(1),
      afterFlip: async () => {
        flipped();
        await held;
        throw new Error("worker killed");
      },
    });
    await hasFlipped;
    // Another worker scans while the dying one holds the week: it waits, then assigns it itself.
    const other = createPool();
    try {
      const next = assignDueWeeks(other.db, { runId, now: day(1) });
      release();
      await expect(dying).rejects.toThrow("worker killed");
      expect(await next).toEqual({ assigned: 1, finished: 0 });
    } finally {
      await other.close();
    }
    expect(await scan(runId, day(1))).toEqual({ assigned: 0, finished: 0 });
    const state = await runState(db, runId);
    expect(state.weeks[0]?.status).toBe("assigned");
    expect(state.assignments).toHaveLength(2);
  });

  test("weeks begin at each couple's own midnight: Auckland before Los Angeles", async () => {
    const runs: Record<string, string> = {};
    for (const timeZone of ["Pacific/Auckland", "America/Los_Angeles"]) {
      const s = await seedCoupleWithPartners(db);
      await db.update(couples).set({ timeZone }).where(eq(couples.id, s.coupleId));
      const run = await startProgramme(
        db,
        therapistScope(s.p),
        {
          coupleId: s.coupleId,
          programme: { builtinKey: "six-week-reconnect" },
          startsOn: "2027-03-10",
        },
        new Date("2027-03-08T00:00:00Z"),
      );
      runs[timeZone] = run.id;
    }
    // 12:00 UTC on 9 March: already 10 March (01:00) in Auckland, still 9 March (04:00) in LA.
    const at = new Date("2027-03-09T12:00:00Z");
    expect((await scan(runs["Pacific/Auckland"]!, at)).assigned).toBe(1);
    expect((await scan(runs["America/Los_Angeles"]!, at)).assigned).toBe(0);
    // 08:00 UTC on 10 March is midnight in Los Angeles.
    expect(
      (await scan(runs["America/Los_Angeles"]!, new Date("2027-03-10T07:59:00Z"))).assigned,
    ).toBe(0);
    expect(
      (await scan(runs["America/Los_Angeles"]!, new Date("2027-03-10T08:00:00Z"))).assigned,
    ).toBe(1);
  });
});

describe("the therapist's controls", () => {
  test("pause holds every week back; resuming moves them by the whole days paused", async () => {
    const { runId, scope } = await started();
    await pauseProgramme(db, scope, runId, day(2));
    expect(await scan(runId, day(9))).toEqual({ assigned: 0, finished: 0 });
    await expect(pauseProgramme(db, scope, runId, day(9))).rejects.toMatchObject({
      message: "This programme is already paused.",
    });
    await resumeProgramme(db, scope, runId, day(10));
    const state = await runState(db, runId);
    expect(state.run).toMatchObject({ status: "active", pausedAt: null });
    expect(state.weeks).toEqual([
      { n: 1, startsOn: "2027-03-01", endsOn: "2027-03-15", status: "assigned" },
      { n: 2, startsOn: "2027-03-16", endsOn: "2027-03-22", status: "scheduled" },
      { n: 3, startsOn: "2027-03-23", endsOn: "2027-03-29", status: "scheduled" },
    ]);
    // The week in hand's homework lasts as long as the week now does.
    expect(state.assignments.map((x) => x.untilOn)).toEqual(["2027-03-15", "2027-03-15"]);
    expect(state.audit.map((e) => [e.action, e.details])).toContainEqual([
      "programme_run.resumed",
      { days: 8 },
    ]);
  });

  test("skipping the next week moves the later weeks earlier; skipping this one starts the next today", async () => {
    const { runId, scope } = await started();
    await skipProgrammeWeek(db, scope, { runId, which: "next" }, day(3));
    let state = await runState(db, runId);
    expect(state.weeks.map((w) => [w.n, w.startsOn, w.status])).toEqual([
      [1, "2027-03-01", "assigned"],
      [2, "2027-03-08", "skipped"],
      [3, "2027-03-08", "scheduled"],
    ]);
    await skipProgrammeWeek(db, scope, { runId, which: "current" }, day(4));
    state = await runState(db, runId);
    expect(state.weeks.map((w) => [w.n, w.startsOn, w.endsOn, w.status])).toEqual([
      [1, "2027-03-01", "2027-03-04", "skipped"],
      [2, "2027-03-08", "2027-03-14", "skipped"],
      [3, "2027-03-05", "2027-03-11", "assigned"],
    ]);
    expect(state.assignments.map((x) => [x.weekNumber, x.status])).toEqual([
      [1, "cancelled"],
      [1, "cancelled"],
      [3, "active"],
    ]);
    await expect(
      skipProgrammeWeek(db, scope, { runId, which: "next" }, day(5)),
    ).rejects.toMatchObject({ message: "There is no week still to come to skip." });
  });

  test("extending gives the week seven more days and its homework with it", async () => {
    const { runId, scope } = await started();
    await extendProgrammeWeek(db, scope, runId, day(5));
    const state = await runState(db, runId);
    expect(state.weeks.map((w) => [w.startsOn, w.endsOn])).toEqual([
      ["2027-03-01", "2027-03-14"],
      ["2027-03-15", "2027-03-21"],
      ["2027-03-22", "2027-03-28"],
    ]);
    expect(state.assignments.map((x) => [x.kind, x.dueOn, x.untilOn])).toEqual([
      ["csi4", "2027-03-14", "2027-03-14"],
      ["soft_checkin", null, "2027-03-14"],
    ]);
    expect(await scan(runId, day(7))).toEqual({ assigned: 0, finished: 0 });
    expect(await scan(runId, day(14))).toEqual({ assigned: 1, finished: 0 });
  });

  test("stopping cancels the weeks to come and ends the programme's open homework", async () => {
    const { runId, scope, coupleId } = await started();
    await scan(runId, day(7));
    await stopProgramme(db, scope, runId, day(9));
    const state = await runState(db, runId);
    expect(state.run.status).toBe("stopped");
    expect(state.weeks.map((w) => [w.status, w.endsOn])).toEqual([
      ["assigned", "2027-03-07"],
      ["assigned", "2027-03-10"],
      ["cancelled", "2027-03-21"],
    ]);
    expect(state.assignments.map((x) => [x.weekNumber, x.status])).toEqual([
      [1, "active"],
      [1, "active"],
      [2, "cancelled"],
    ]);
    await expect(stopProgramme(db, scope, runId, day(9))).rejects.toMatchObject({
      message: "This programme has already ended.",
    });
    expect(await scan(runId, day(14))).toEqual({ assigned: 0, finished: 0 });
    // The couple can start another now.
    await expect(
      startProgramme(
        db,
        scope,
        { coupleId, programme: { builtinKey: "six-week-reconnect" }, startsOn: "2027-03-15" },
        day(9),
      ),
    ).resolves.toMatchObject({ status: "active" });
  });
});

function createPool() {
  return createDatabase(inject("databaseUrl"), { max: 2 });
}

describe("what holds a programme's weeks back", () => {
  const homeworkMail = (practiceId: string) =>
    db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.practiceId, practiceId), eq(emailOutbox.template, "homework_assigned")),
      );

  test("pausing the couple pauses the programme; discharging stops it, so nothing floods back", async () => {
    const { runId, p, coupleId } = await started();
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "paused",
    });
    expect((await runState(db, runId)).run).toMatchObject({ status: "paused" });
    await scan(runId, day(8));
    expect((await runState(db, runId)).weeks.map((w) => w.status)).toEqual([
      "assigned",
      "scheduled",
      "scheduled",
    ]);

    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "active",
    });
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "discharged",
    });
    const state = await runState(db, runId);
    expect(state.run).toMatchObject({ status: "stopped" });
    expect(state.weeks.map((w) => w.status)).not.toContain("scheduled");
    expect(state.assignments.every((a) => a.status === "cancelled")).toBe(true);
    expect(state.audit.map((e) => e.action)).toEqual([
      "programme_run.started",
      "programme_run.week_assigned",
      "programme_run.paused",
      "programme_run.stopped",
    ]);
    // Set back to active later: no overdue week begins, since the run has ended.
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "active",
    });
    await scan(runId, day(30));
    expect((await runState(db, runId)).assignments).toHaveLength(state.assignments.length);
  });

  test("while a safety flag is open no week begins or is emailed; once closed, the week begins", async () => {
    const s = await started();
    const flag = await raiseHelpButtonFlag(db, s);
    const mailBefore = (await homeworkMail(s.p.practiceId)).length;
    await scan(s.runId, day(8));
    expect((await runState(db, s.runId)).weeks[1]).toMatchObject({ status: "scheduled" });
    expect(await homeworkMail(s.p.practiceId)).toHaveLength(mailBefore);

    await db
      .update(safetyFlags)
      .set({ closedAt: day(8), closedByUserId: s.p.therapist.user.id, outcome: "safe_now" })
      .where(eq(safetyFlags.id, flag.id));
    await scan(s.runId, day(8));
    expect((await runState(db, s.runId)).weeks[1]).toMatchObject({ status: "assigned" });
  });

  test("a week held past its last day is skipped, not given late; the week now under way begins", async () => {
    const s = await started();
    const flag = await raiseHelpButtonFlag(db, s);
    await scan(s.runId, day(15));
    expect((await runState(db, s.runId)).weeks.map((w) => w.status)).toEqual([
      "assigned",
      "scheduled",
      "scheduled",
    ]);
    await db
      .update(safetyFlags)
      .set({ closedAt: day(15), closedByUserId: s.p.therapist.user.id, outcome: "safe_now" })
      .where(eq(safetyFlags.id, flag.id));
    await scan(s.runId, day(15));
    const state = await runState(db, s.runId);
    expect(state.weeks.map((w) => w.status)).toEqual(["assigned", "skipped", "assigned"]);
    expect(state.assignments.map((a) => a.weekNumber)).not.toContain(2);
    expect(state.audit.map((e) => e.action)).toContain("programme_run.week_skipped");
  });

  test("discharge cancels the homework email still waiting, which would carry a refused link", async () => {
    const { p, coupleId } = await started();
    const waiting = () =>
      db
        .select({ status: emailOutbox.status })
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.practiceId, p.practiceId),
            eq(emailOutbox.template, "homework_assigned"),
          ),
        );
    expect((await waiting()).map((m) => m.status)).toEqual(["pending", "pending"]);
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "discharged",
    });
    expect((await waiting()).map((m) => m.status)).toEqual(["cancelled", "cancelled"]);
  });

  test("a paused couple's programme cannot be started or resumed until the couple is active", async () => {
    const { p, coupleId, runId, scope } = await started();
    await p.therapist.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId,
      status: "paused",
    });
    await expect(resumeProgramme(db, scope, runId, day(2))).rejects.toMatchObject({
      message: expect.stringContaining("This couple is paused"),
    });
    await stopProgramme(db, scope, runId, day(2));
    const familyId = await practiceProgramme(p);
    await expect(
      startProgramme(
        db,
        scope,
        { coupleId, programme: { familyId }, startsOn: "2027-03-08" },
        day(2),
      ),
    ).rejects.toMatchObject({ message: expect.stringContaining("This couple is paused") });
  });

  test("skip and extend wait for a paused programme to be resumed", async () => {
    const { runId, scope } = await started();
    await pauseProgramme(db, scope, runId, day(2));
    await expect(
      skipProgrammeWeek(db, scope, { runId, which: "next" }, day(2)),
    ).rejects.toMatchObject({ message: expect.stringContaining("Resume it first") });
    await expect(extendProgrammeWeek(db, scope, runId, day(2))).rejects.toMatchObject({
      message: expect.stringContaining("Resume it first"),
    });
    expect((await runState(db, runId)).weeks.map((w) => w.startsOn)).toEqual([
      "2027-03-01",
      "2027-03-08",
      "2027-03-15",
    ]);
  });

  test("over an unverified practice's daily email cap, the week begins but sends nothing", async () => {
    const s = await started();
    // The practice's cap for the day is used up (as 100 emails would).
    await db
      .update(rateLimits)
      .set({ count: EMAIL_LIMITS.unverifiedPractice.limit })
      .where(eq(rateLimits.key, `practice-email:${s.p.practiceId}`));
    const mailBefore = (await homeworkMail(s.p.practiceId)).length;
    // The first week's emails are still waiting to be sent: the outbox batches one per sitting.
    await db
      .update(emailOutbox)
      .set({ status: "sent", sentAt: day(1) })
      .where(eq(emailOutbox.practiceId, s.p.practiceId));
    await scan(s.runId, day(8));
    expect((await runState(db, s.runId)).weeks[1]).toMatchObject({ status: "assigned" });
    expect(await homeworkMail(s.p.practiceId)).toHaveLength(mailBefore);
  });
});
