import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { PARTNER_ENTRIES_PER_PAGE } from "~/domain/partner-home";
import { couples, entries, partners, users } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { rejectsWith } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { seedProgrammeRun } from "~/test/programme-view-factories";
import { addDays, localDateOf } from "~/timeline/weeks";
import { dismissHomeIntro } from "./partner-home";

const db = testDatabase();

describe("the partner's home", () => {
  test("names the therapist with credentials, and shows the introduction until it is put away", async () => {
    const s = await seedCoupleWithPartners(db);
    await db
      .update(users)
      .set({ name: "Robin Hart", credentials: "LMFT" })
      .where(eq(users.id, s.p.therapist.user.id));
    const alex = await openAsPartner(db, s.p, s.a.id);
    await expect(alex.api.partner.overview({ show: "all", page: 1 })).resolves.toMatchObject({
      therapist: "Robin Hart, LMFT",
      showIntro: true,
    });
    await dismissHomeIntro(db, alex.scope);
    const [row] = await db.select().from(partners).where(eq(partners.id, s.a.id));
    expect(row!.homeIntroSeenAt).toBeInstanceOf(Date);
    await expect(alex.api.partner.overview({ show: "all", page: 1 })).resolves.toMatchObject({
      showIntro: false,
    });
    // The other partner has their own introduction still to see.
    const sam = await openAsPartner(db, s.p, s.b.id);
    await expect(sam.api.partner.overview({ show: "all", page: 1 })).resolves.toMatchObject({
      showIntro: true,
    });
  });

  test("this week counts what the partner sent today and this week, per homework", async () => {
    const s = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId);
    const alex = await openAsPartner(db, s.p, s.a.id);
    await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    const old = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    // One sent three weeks ago: done ever, not this week.
    await db
      .update(entries)
      .set({ createdAt: new Date(Date.now() - 21 * 24 * 60 * 60 * 1000) })
      .where(eq(entries.id, old.id));
    const home = await alex.api.partner.overview({ show: "all", page: 1 });
    expect(home.homework).toMatchObject([
      { id: assignmentId, cadence: "whenever", total: 2, today: 1, thisWeek: 1 },
    ]);
    expect(home.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("mine / shared with me follow the privacy rules: never a private or flagged entry of the other", async () => {
    const s = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId);
    const alex = await openAsPartner(db, s.p, s.a.id);
    const sam = await openAsPartner(db, s.p, s.b.id);
    const mine = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
    const samShared = await sam.api.partner.submitEntry(
      microHurtSubmission(assignmentId, { share: true }),
    );
    const samPrivate = await sam.api.partner.submitEntry(microHurtSubmission(assignmentId));
    const samFlagged = await sam.api.partner.submitEntry(
      microHurtSubmission(assignmentId, { share: true, safetyFlag: true }),
    );
    // Even a row that says shared and flagged (an old row) is never shown to the other partner.
    await db.update(entries).set({ visibility: "shared" }).where(eq(entries.id, samFlagged.id));
    const ids = async (show: "all" | "mine" | "shared") =>
      (await alex.api.partner.overview({ show, page: 1 })).entries.map((e) => e.id).sort();
    expect(await ids("mine")).toEqual([mine.id]);
    expect(await ids("shared")).toEqual([samShared.id]);
    expect(await ids("all")).toEqual([mine.id, samShared.id].sort());
    expect((await ids("all")).includes(samPrivate.id)).toBe(false);
    // Sam's own list holds all three of theirs, flagged included.
    expect(
      (await sam.api.partner.overview({ show: "mine", page: 1 })).entries.map((e) => e.id).sort(),
    ).toEqual([samShared.id, samPrivate.id, samFlagged.id].sort());
  });

  test("a long-time partner gets a page at a time, newest first, with a way to older ones", async () => {
    const s = await seedCoupleWithPartners(db);
    const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId, [1]);
    const alex = await openAsPartner(db, s.p, s.a.id);
    const total = PARTNER_ENTRIES_PER_PAGE + 3;
    for (let i = 0; i < total; i++) {
      const at = new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString();
      await alex.api.partner.submitEntry(microHurtSubmission(assignmentId, { occurredAt: at }));
    }
    const first = await alex.api.partner.overview({ show: "all", page: 1 });
    expect(first.entries).toHaveLength(PARTNER_ENTRIES_PER_PAGE);
    expect(first.hasOlder).toBe(true);
    expect(first.entries[0]!.occurredAt.getTime()).toBeGreaterThan(
      first.entries[1]!.occurredAt.getTime(),
    );
    const second = await alex.api.partner.overview({ show: "all", page: 2 });
    expect(second.entries).toHaveLength(3);
    expect(second.hasOlder).toBe(false);
    const seen = new Set([...first.entries, ...second.entries].map((e) => e.id));
    expect(seen.size).toBe(total);
  });

  test("is refused before the consent is accepted, and with a page that cannot exist", async () => {
    const s = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, s.p, s.a.id, { consent: false });
    await rejectsWith(alex.api.partner.overview({ show: "all", page: 1 }), "FORBIDDEN");
    const accepted = await openAsPartner(db, s.p, s.a.id);
    await rejectsWith(accepted.api.partner.overview({ show: "all", page: 0 }), "BAD_REQUEST");
  });
});

describe("the partner's home during a programme", () => {
  const today = (timeZone: string) => localDateOf(new Date(), timeZone);

  test("says which week of how many it is, with the week's intention", async () => {
    const s = await seedCoupleWithPartners(db);
    const [couple] = await db.select().from(couples).where(eq(couples.id, s.coupleId));
    const now = today(couple!.timeZone);
    await seedProgrammeRun(db, {
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
      startedByUserId: s.p.therapist.user.id,
      // Two whole weeks ago and three days: in its third week.
      startsOn: addDays(now, -17),
      today: now,
    });
    const alex = await openAsPartner(db, s.p, s.a.id);
    const home = await alex.api.partner.overview({ show: "all", page: 1 });
    expect(home.programme).toMatchObject({
      weekNumber: 3,
      weekCount: 6,
      title: "Feeling safe together",
      intention: "Intention of week 3: feeling safe together.",
      paused: false,
      upcoming: false,
    });
  });

  test("a skipped week is passed over; a paused programme says it is paused", async () => {
    const s = await seedCoupleWithPartners(db);
    const [couple] = await db.select().from(couples).where(eq(couples.id, s.coupleId));
    const now = today(couple!.timeZone);
    await seedProgrammeRun(db, {
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
      startedByUserId: s.p.therapist.user.id,
      startsOn: addDays(now, -17),
      today: now,
      status: "paused",
      weekStatuses: { 3: "skipped" },
    });
    const sam = await openAsPartner(db, s.p, s.b.id);
    const home = await sam.api.partner.overview({ show: "all", page: 1 });
    expect(home.programme).toMatchObject({ weekNumber: 2, paused: true });
  });

  test("shows nothing without a running programme, or when it was stopped", async () => {
    const s = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, s.p, s.a.id);
    expect((await alex.api.partner.overview({ show: "all", page: 1 })).programme).toBeNull();
    const [couple] = await db.select().from(couples).where(eq(couples.id, s.coupleId));
    const now = today(couple!.timeZone);
    await seedProgrammeRun(db, {
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
      startedByUserId: s.p.therapist.user.id,
      startsOn: addDays(now, -3),
      today: now,
      status: "stopped",
    });
    expect((await alex.api.partner.overview({ show: "all", page: 1 })).programme).toBeNull();
    // Another couple's programme is never this couple's.
    const other = await seedCoupleWithPartners(db);
    await seedProgrammeRun(db, {
      practiceId: other.p.practiceId,
      coupleId: other.coupleId,
      startedByUserId: other.p.therapist.user.id,
      startsOn: addDays(now, -3),
      today: now,
    });
    expect((await alex.api.partner.overview({ show: "all", page: 1 })).programme).toBeNull();
  });

  test("before the first week begins, names week 1 as upcoming", async () => {
    const s = await seedCoupleWithPartners(db);
    const [couple] = await db.select().from(couples).where(eq(couples.id, s.coupleId));
    const now = today(couple!.timeZone);
    await seedProgrammeRun(db, {
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
      startedByUserId: s.p.therapist.user.id,
      startsOn: addDays(now, 4),
      today: now,
    });
    const alex = await openAsPartner(db, s.p, s.a.id);
    const home = await alex.api.partner.overview({ show: "all", page: 1 });
    expect(home.programme).toMatchObject({
      weekNumber: 1,
      upcoming: true,
      startsOn: addDays(now, 4),
    });
  });
});
