import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  inviteByEmail,
  latestInvitationToken,
  seedCouple,
  seedPractice,
  unique,
  userWithEmail,
} from "~/test/factories";

const db = testDatabase();

/** Drizzle wraps the driver's error; the trigger's reason is on its cause. */
const appendOnly = {
  cause: expect.objectContaining({
    message: expect.stringContaining("audit_events is append-only"),
  }),
};

describe("audit trail", () => {
  test("every change in a practice's life leaves one event, in order, naming who did it", async () => {
    const p = await seedPractice(db);
    const { practiceId } = p;
    const email = `${unique("invitee")}@example.test`;
    const invitation = await inviteByEmail(db, p, email, "therapist");
    await p.owner.api.invitations.resend({ practiceId, invitationId: invitation.id });
    const invitee = await userWithEmail(db, email);
    await invitee.api.invitations.accept({ token: await latestInvitationToken(db, email) });
    const withdrawn = await inviteByEmail(db, p, `${unique("other")}@example.test`);
    await p.admin.api.invitations.revoke({ practiceId, invitationId: withdrawn.id });
    const coupleId = await seedCouple(p, invitee.user.id);
    await invitee.api.couples.update({
      practiceId,
      coupleId,
      label: "Renamed",
      timeZone: "Europe/London",
      partners: [
        { displayName: "Alex", email: null },
        { displayName: "Sam", email: null },
      ],
    });
    await invitee.api.couples.setStatus({ practiceId, coupleId, status: "paused" });
    await p.admin.api.couples.reassign({
      practiceId,
      coupleIds: [coupleId],
      therapistUserId: p.therapist.user.id,
    });
    await p.owner.api.members.changeRole({ practiceId, userId: invitee.user.id, role: "admin" });
    await p.owner.api.members.remove({ practiceId, userId: invitee.user.id });

    const trail = (await auditTrail(db, practiceId)).map((e) => [e.action, e.actorUserId]);
    expect(trail).toEqual([
      ["practice.created", p.owner.user.id],
      ["invitation.created", p.owner.user.id],
      ["invitation.resent", p.owner.user.id],
      ["invitation.accepted", invitee.user.id],
      ["invitation.created", p.owner.user.id],
      ["invitation.revoked", p.admin.user.id],
      ["couple.created", p.owner.user.id],
      ["couple.updated", invitee.user.id],
      ["couple.status_changed", invitee.user.id],
      ["couple.reassigned", p.admin.user.id],
      ["member.role_changed", p.owner.user.id],
      ["member.removed", p.owner.user.id],
    ]);
  });

  test("details carry identifiers and field names, never the couple's label or partner names", async () => {
    const p = await seedPractice(db);
    const label = unique("Private label");
    const coupleId = await seedCouple(p, p.therapist.user.id, { label });
    await p.therapist.api.couples.update({
      practiceId: p.practiceId,
      coupleId,
      label: unique("Another private label"),
      timeZone: "Europe/London",
      partners: [
        { displayName: "Secret-Name", email: "secret@example.test" },
        { displayName: "Sam", email: null },
      ],
    });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.coupleId, coupleId));
    expect(events.map((e) => e.action)).toEqual(["couple.created", "couple.updated"]);
    const text = JSON.stringify(events);
    for (const secret of [label, "Another private label", "Secret-Name", "secret@example.test"])
      expect(text).not.toContain(secret);
  });
});

describe("audit_events is append-only", () => {
  test("the database rejects UPDATE and DELETE of an event, and the event stays as it was", async () => {
    const p = await seedPractice(db);
    const [event] = await auditTrail(db, p.practiceId);
    expect(event?.action).toBe("practice.created");

    await expect(
      db
        .update(auditEvents)
        .set({ action: "practice.deleted" })
        .where(eq(auditEvents.id, event!.id)),
    ).rejects.toMatchObject(appendOnly);
    await expect(db.delete(auditEvents).where(eq(auditEvents.id, event!.id))).rejects.toMatchObject(
      appendOnly,
    );
    await expect(
      db.execute(sql`update audit_events set actor_user_id = null where id = ${event!.id}`),
    ).rejects.toMatchObject(appendOnly);
    await expect(
      db.execute(sql`delete from audit_events where practice_id = ${p.practiceId}`),
    ).rejects.toMatchObject(appendOnly);

    expect(await auditTrail(db, p.practiceId)).toEqual([event]);
  });

  test("TRUNCATE is rejected too", async () => {
    // Inside a transaction that is rolled back whatever happens, so a broken guard could not wipe other tests' events.
    const attempt = db.transaction(async (tx) => {
      await tx.execute(sql`truncate audit_events`);
      tx.rollback();
    });
    await expect(attempt).rejects.toMatchObject(appendOnly);
  });
});
