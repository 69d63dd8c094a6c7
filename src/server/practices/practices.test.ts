import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { memberships, practices } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  addMember,
  auditTrail,
  callerFor,
  createUser,
  seedPractice,
  unique,
  rejectsWith,
} from "~/test/factories";

const db = testDatabase();

describe("practices.create", () => {
  test("makes the creator its owner and records practice.created", async () => {
    const user = await createUser(db);
    const api = callerFor(db, user);
    const name = unique("Harbour Couples");
    const practice = await api.practices.create({
      name: `  ${name}  `,
      timeZone: "America/New_York",
    });

    expect(practice).toMatchObject({ name, timeZone: "America/New_York" });
    expect(await api.practices.mine()).toEqual([
      { id: practice.id, name, timeZone: "America/New_York", dateStyle: "US", role: "owner" },
    ]);
    const members = await api.members.list({ practiceId: practice.id });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[user.id, "owner"]]);

    const audit = await auditTrail(db, practice.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "practice.created",
      actorUserId: user.id,
      subjectType: "practice",
      subjectId: practice.id,
    });
  });

  test("refuses an empty name or an unknown time zone and creates nothing", async () => {
    const user = await createUser(db);
    const api = callerFor(db, user);
    await rejectsWith(
      api.practices.create({ name: "   ", timeZone: "Europe/London" }),
      "BAD_REQUEST",
    );
    await rejectsWith(
      api.practices.create({ name: unique("P"), timeZone: "Mars/Olympus" }),
      "BAD_REQUEST",
    );
    expect(await db.select().from(memberships).where(eq(memberships.userId, user.id))).toEqual([]);
    expect(await api.practices.mine()).toEqual([]);
  });
});

describe("practices.mine", () => {
  test("a user in two practices sees both, with their role in each, and nothing else", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const c = await seedPractice(db);
    // a's therapist also joins b as an admin
    await db
      .insert(memberships)
      .values({ practiceId: b.practiceId, userId: a.therapist.user.id, role: "admin" });

    const mine = await a.therapist.api.practices.mine();
    expect(mine).toHaveLength(2);
    expect(mine).toEqual(
      expect.arrayContaining([
        {
          id: a.practiceId,
          name: a.practice.name,
          timeZone: "Europe/London",
          dateStyle: "US",
          role: "therapist",
        },
        {
          id: b.practiceId,
          name: b.practice.name,
          timeZone: "Europe/London",
          dateStyle: "US",
          role: "admin",
        },
      ]),
    );
    expect(mine.map((p) => p.id)).not.toContain(c.practiceId);
  });

  test("a user with no practice sees an empty list", async () => {
    await seedPractice(db);
    const loner = await createUser(db);
    expect(await callerFor(db, loner).practices.mine()).toEqual([]);
  });
});

describe("practices.current", () => {
  test("shows a member the practice and their role in it", async () => {
    const p = await seedPractice(db);
    await expect(p.therapist.api.practices.current({ practiceId: p.practiceId })).resolves.toEqual({
      id: p.practiceId,
      name: p.practice.name,
      timeZone: "Europe/London",
      dateStyle: "US",
      role: "therapist",
    });
    await expect(
      p.admin.api.practices.current({ practiceId: p.practiceId }),
    ).resolves.toMatchObject({ role: "admin" });
  });

  test("OUTSIDER: a member of practice B naming practice A gets NOT_FOUND, and A is unchanged", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const [before] = await db.select().from(practices).where(eq(practices.id, a.practiceId));
    await expect(b.owner.api.practices.current({ practiceId: a.practiceId })).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    const [after] = await db.select().from(practices).where(eq(practices.id, a.practiceId));
    expect(after).toEqual(before);
    expect((await b.owner.api.practices.mine()).map((p) => p.id)).toEqual([b.practiceId]);
  });

  test("a removed member loses the practice at once", async () => {
    const p = await seedPractice(db);
    const extra = await addMember(db, p.practiceId, "therapist");
    await p.owner.api.members.remove({ practiceId: p.practiceId, userId: extra.user.id });
    await rejectsWith(extra.api.practices.current({ practiceId: p.practiceId }), "NOT_FOUND");
    expect(await extra.api.practices.mine()).toEqual([]);
  });
});
