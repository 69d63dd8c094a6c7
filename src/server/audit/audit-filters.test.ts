import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, practices } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { seedCouple, seedPractice } from "~/test/factories";
import type { AuditAction } from "./audit-actions";
import { auditFilterFromSearch } from "./audit-filter";

const db = testDatabase();

type Practice = Awaited<ReturnType<typeof seedPractice>>;

/** Events written straight into the trail, at chosen moments, to test filters and paging. */
async function addEvents(
  p: Practice,
  events: { action: AuditAction; at: string; actor?: string | null; coupleId?: string }[],
) {
  await db.insert(auditEvents).values(
    events.map((e) => ({
      practiceId: p.practiceId,
      actorUserId: e.actor === undefined ? p.owner.user.id : e.actor,
      action: e.action,
      subjectType: "practice",
      subjectId: p.practiceId,
      coupleId: e.coupleId ?? null,
      createdAt: new Date(e.at),
    })),
  );
}

async function allPages(p: Practice, filter: Record<string, string | undefined>) {
  const ids: number[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await p.owner.api.audit.list({ practiceId: p.practiceId, ...filter, before });
    ids.push(...page.events.map((e) => e.id));
    if (!page.hasMore) return ids;
    before = page.events.at(-1)?.id;
  }
}

describe("audit.list filters", () => {
  test("by who (a member, or partners and the system), by action and by couple", async () => {
    const p = await seedPractice(db);
    const coupleId = await seedCouple(p, p.therapist.user.id);
    await addEvents(p, [
      {
        action: "timeline.viewed",
        at: "2026-11-02T10:00:00Z",
        actor: p.therapist.user.id,
        coupleId,
      },
      { action: "entry.submitted", at: "2026-11-02T11:00:00Z", actor: null, coupleId },
      { action: "timeline.viewed", at: "2026-11-02T12:00:00Z", actor: p.admin.user.id },
    ]);
    const list = (filter: Record<string, string>) =>
      p.owner.api.audit.list({ practiceId: p.practiceId, ...filter });

    const byTherapist = await list({ who: p.therapist.user.id });
    expect(byTherapist.events.map((e) => [e.action, e.label])).toEqual([
      ["timeline.viewed", "Viewed the timeline"],
    ]);
    const withoutAccount = await list({ who: "none" });
    expect(withoutAccount.events.map((e) => e.action)).toEqual(["entry.submitted"]);
    const timeline = await list({ action: "timeline.viewed" });
    expect(timeline.events.map((e) => e.actorUserId)).toEqual([
      p.admin.user.id,
      p.therapist.user.id,
    ]);
    const aboutCouple = await list({ couple: coupleId });
    expect(aboutCouple.events.map((e) => e.action)).toEqual([
      "couple.created",
      "entry.submitted",
      "timeline.viewed",
    ]);
    const both = await list({ couple: coupleId, action: "timeline.viewed" });
    expect(both.events).toHaveLength(1);
  });

  test("days are the practice's calendar days, in its time zone", async () => {
    const p = await seedPractice(db);
    await db
      .update(practices)
      .set({ timeZone: "America/Chicago" })
      .where(eq(practices.id, p.practiceId));
    await addEvents(p, [
      // 23:00 on 29 November in Chicago
      { action: "timeline.viewed", at: "2025-11-30T05:00:00Z" },
      // 01:00 and 23:30 on 30 November in Chicago
      { action: "entry.viewed", at: "2025-11-30T07:00:00Z" },
      { action: "entry.reviewed", at: "2025-12-01T05:30:00Z" },
      // 00:30 on 1 December in Chicago
      { action: "session.recorded", at: "2025-12-01T06:30:00Z" },
    ]);
    const day = await p.owner.api.audit.list({
      practiceId: p.practiceId,
      from: "2025-11-30",
      to: "2025-11-30",
    });
    expect(day.events.map((e) => e.action)).toEqual(["entry.reviewed", "entry.viewed"]);
    const since = await p.owner.api.audit.list({ practiceId: p.practiceId, from: "2025-12-01" });
    expect(since.events.map((e) => e.action)).toContain("session.recorded");
    expect(since.events.map((e) => e.action)).not.toContain("entry.reviewed");
  });

  test("keyset pages on (created_at, id): events at the same moment are neither skipped nor repeated", async () => {
    const p = await seedPractice(db);
    const at = "2026-11-03T09:00:00Z";
    await addEvents(
      p,
      Array.from({ length: 120 }, (_, i) => ({
        action: i % 2 ? ("timeline.viewed" as const) : ("entry.viewed" as const),
        at: i < 60 ? at : `2026-11-03T10:00:${String(i - 60).padStart(2, "0")}Z`,
      })),
    );
    const ids = await allPages(p, { action: "timeline.viewed" });
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    const everything = await allPages(p, {});
    expect(everything).toHaveLength(121); // and "Created the practice"
    const first = await p.owner.api.audit.list({ practiceId: p.practiceId });
    expect(first.events).toHaveLength(50);
    expect(first.hasMore).toBe(true);
  });

  test("unclear filters are refused with a message saying what to fix", () => {
    const issues = (search: Record<string, string>) => {
      const parsed = auditFilterFromSearch(search);
      return parsed.success
        ? []
        : parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    };
    expect(issues({ from: "30/11/2026" })).toEqual([
      "from: Enter the first day as a date, like 2026-11-30.",
    ]);
    expect(issues({ from: "2026-11-30", to: "2026-11-01" })).toEqual([
      "to: The last day must be on or after the first day.",
    ]);
    expect(issues({ action: "everything" })).toEqual(["action: Choose an action from the list."]);
    expect(issues({ couple: "abc" })).toEqual(["couple: Choose a couple from the list."]);
    expect(issues({ who: "", action: " ", from: "" })).toEqual([]);
  });
});

describe("the audit log's outsiders", () => {
  test("OUTSIDER: practice B gets NOT_FOUND for A's log and choices, and A's events never page into B's", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    await expect(
      b.owner.api.audit.filterChoices({ practiceId: a.practiceId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const aEvents = await a.owner.api.audit.list({ practiceId: a.practiceId });
    const aId = aEvents.events[0]!.id;
    const fromB = await b.owner.api.audit.list({ practiceId: b.practiceId, before: aId + 1000 });
    expect(fromB.events).toEqual([]);
    const viaAsCursor = await b.owner.api.audit.list({ practiceId: b.practiceId, before: aId });
    expect(viaAsCursor.events).toEqual([]);
    const aCouple = await seedCouple(a, a.therapist.user.id);
    const byACouple = await b.owner.api.audit.list({ practiceId: b.practiceId, couple: aCouple });
    expect(byACouple.events).toEqual([]);
    const byAOwner = await b.owner.api.audit.list({
      practiceId: b.practiceId,
      who: a.owner.user.id,
    });
    expect(byAOwner.events).toEqual([]);
    const choices = await b.owner.api.audit.filterChoices({ practiceId: b.practiceId });
    expect(choices.couples).toEqual([]);
    expect(choices.members.map((m) => m.userId)).not.toContain(a.owner.user.id);
  });

  test("a therapist may not read the filter choices (FORBIDDEN)", async () => {
    const p = await seedPractice(db);
    await expect(
      p.therapist.api.audit.filterChoices({ practiceId: p.practiceId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
