import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import { coupleInput, seedPractice } from "~/test/factories";

const db = testDatabase();

describe("audit.list", () => {
  test("owners read their practice's trail, newest first, with who and which couple", async () => {
    const p = await seedPractice(db);
    const { id } = await p.owner.api.couples.create({
      practiceId: p.practiceId,
      ...coupleInput(p.therapist.user.id, "Audit & Trail"),
    });
    await p.owner.api.couples.setStatus({
      practiceId: p.practiceId,
      coupleId: id,
      status: "paused",
    });
    const { events, hasMore } = await p.admin.api.audit.list({ practiceId: p.practiceId });
    expect(events.map((e) => e.action)).toEqual([
      "couple.status_changed",
      "couple.created",
      "practice.created",
    ]);
    expect(events.map((e) => e.label)).toEqual([
      "Changed a couple's status",
      "Added a couple",
      "Created the practice",
    ]);
    expect(events[0]).toMatchObject({
      coupleLabel: "Audit & Trail",
      actorEmail: p.owner.user.email,
    });
    expect(hasMore).toBe(false);
  });

  test("pages with `before`", async () => {
    const p = await seedPractice(db);
    for (let i = 0; i < 51; i++) {
      await p.owner.api.couples.create({
        practiceId: p.practiceId,
        ...coupleInput(p.therapist.user.id),
      });
    }
    const first = await p.owner.api.audit.list({ practiceId: p.practiceId });
    expect(first.events).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const second = await p.owner.api.audit.list({
      practiceId: p.practiceId,
      before: first.events.at(-1)!.id,
    });
    expect(second.events.map((e) => e.action)).toEqual(["couple.created", "practice.created"]);
  });

  test("a therapist may not read it", async () => {
    const p = await seedPractice(db);
    await expect(p.therapist.api.audit.list({ practiceId: p.practiceId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  test("an outsider gets NOT_FOUND and sees none of another practice's events", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    await expect(b.owner.api.audit.list({ practiceId: a.practiceId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await b.owner.api.audit.list({ practiceId: b.practiceId });
    expect(own.events.every((e) => e.actorEmail !== a.owner.user.email)).toBe(true);
    expect(own.events.map((e) => e.action)).toEqual(["practice.created"]);
  });
});
