import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { practices } from "~/server/db/schema";
import { appRouter } from "~/server/trpc/root";
import { testDatabase } from "~/test/db";
import {
  auditTrail,
  callerFor,
  coupleInput,
  coupleSnapshot,
  inviteByEmail,
  mailTo,
  seedCouple,
  seedPractice,
  unique,
} from "~/test/factories";

const db = testDatabase();

describe("a signed-out caller", () => {
  test("is refused by every authed procedure with UNAUTHORIZED, and nothing changes", async () => {
    const p = await seedPractice(db);
    const coupleId = await seedCouple(p, p.therapist.user.id);
    const invitation = await inviteByEmail(db, p, `${unique("invitee")}@example.test`);
    const before = {
      couple: await coupleSnapshot(db, coupleId),
      audit: await auditTrail(db, p.practiceId),
    };
    const practiceName = unique("Anonymous practice");
    const newEmail = `${unique("anon")}@example.test`;
    const { practiceId } = p;
    const anon = callerFor(db, null);
    const someId = crypto.randomUUID();

    const calls: Record<string, () => Promise<unknown>> = {
      "practices.mine": () => anon.practices.mine(),
      "practices.create": () => anon.practices.create({ name: practiceName, timeZone: "UTC" }),
      "practices.current": () => anon.practices.current({ practiceId }),
      "members.list": () => anon.members.list({ practiceId }),
      "members.load": () => anon.members.load({ practiceId }),
      "members.changeRole": () =>
        anon.members.changeRole({ practiceId, userId: p.therapist.user.id, role: "owner" }),
      "members.remove": () => anon.members.remove({ practiceId, userId: p.therapist.user.id }),
      "members.setAway": () =>
        anon.members.setAway({
          practiceId,
          userId: p.therapist.user.id,
          awayFrom: "2026-12-01",
          awayUntil: "2026-12-02",
        }),
      "invitations.pending": () => anon.invitations.pending({ practiceId }),
      "invitations.invite": () =>
        anon.invitations.invite({ practiceId, email: newEmail, role: "admin" }),
      "invitations.resend": () =>
        anon.invitations.resend({ practiceId, invitationId: invitation.id }),
      "invitations.revoke": () =>
        anon.invitations.revoke({ practiceId, invitationId: invitation.id }),
      "invitations.accept": () => anon.invitations.accept({ token: invitation.token }),
      "couples.get": () => anon.couples.get({ practiceId, coupleId }),
      "couples.create": () =>
        anon.couples.create({ practiceId, ...coupleInput(p.therapist.user.id) }),
      "couples.update": () =>
        anon.couples.update({
          practiceId,
          coupleId,
          ...coupleInput(p.therapist.user.id, "Changed"),
        }),
      "couples.setStatus": () =>
        anon.couples.setStatus({ practiceId, coupleId, status: "discharged" }),
      "couples.reassign": () =>
        anon.couples.reassign({
          practiceId,
          coupleIds: [coupleId],
          therapistUserId: p.owner.user.id,
        }),
      "caseload.list": () => anon.caseload.list({ practiceId }),
      "audit.list": () => anon.audit.list({ practiceId }),
      "audit.filterChoices": () => anon.audit.filterChoices({ practiceId }),
      "caseload.balance": () => anon.caseload.balance({ practiceId }),
      "practiceExport.list": () => anon.practiceExport.list({ practiceId }),
      "practiceExport.request": () => anon.practiceExport.request({ practiceId }),
      "practices.settings": () => anon.practices.settings({ practiceId }),
      "practices.setupChecklist": () => anon.practices.setupChecklist({ practiceId }),
      "practices.consentText": () => anon.practices.consentText({ practiceId }),
      "practices.saveConsentText": () =>
        anon.practices.saveConsentText({ practiceId, body: "A consent text nobody may save." }),
      "practices.updateSettings": () =>
        anon.practices.updateSettings({
          practiceId,
          name: practiceName,
          timeZone: "UTC",
          partnerLinkDays: 3,
          csiCutoff: 10,
        }),
      "homework.templates": () => anon.homework.templates({ practiceId }),
      "homework.copyTemplate": () => anon.homework.copyTemplate({ practiceId, kind: "bid" }),
      "homework.reviseTemplate": () =>
        anon.homework.reviseTemplate({
          practiceId,
          familyId: someId,
          title: "t",
          instructions: "i",
          prompts: {},
        }),
      "homework.archiveTemplate": () =>
        anon.homework.archiveTemplate({ practiceId, familyId: someId }),
      "homework.mayEditTemplate": () =>
        anon.homework.mayEditTemplate({ practiceId, familyId: someId }),
      "homework.assign": () =>
        anon.homework.assign({
          practiceId,
          coupleId,
          kind: "bid",
          partnerPositions: [1],
          cadence: "once",
        }),
      "homework.setStatus": () =>
        anon.homework.setStatus({ practiceId, assignmentId: someId, status: "cancelled" }),
      "homework.forCouple": () => anon.homework.forCouple({ practiceId, coupleId }),
      "entries.forCouple": () => anon.entries.forCouple({ practiceId, coupleId }),
      "entries.markReviewed": () => anon.entries.markReviewed({ practiceId, entryId: someId }),
      "entries.markAllReviewed": () => anon.entries.markAllReviewed({ practiceId, coupleId }),
      "safetyFlags.forCouple": () => anon.safetyFlags.forCouple({ practiceId, coupleId }),
      "safetyFlags.close": () =>
        anon.safetyFlags.close({
          practiceId,
          flagId: someId,
          contactMethod: "phone",
          outcome: "safe_now",
          note: "Called.",
        }),
      "partnerLinks.issue": () => anon.partnerLinks.issue({ practiceId, partnerId: someId }),
      "partnerLinks.email": () => anon.partnerLinks.email({ practiceId, partnerId: someId }),
      "partnerLinks.revoke": () => anon.partnerLinks.revoke({ practiceId, partnerId: someId }),
      "partnerLinks.status": () => anon.partnerLinks.status({ practiceId, partnerIds: [] }),
      "partnerLinks.emailProblems": () =>
        anon.partnerLinks.emailProblems({ practiceId, partnerIds: [] }),
      "partnerLinks.pendingEmails": () =>
        anon.partnerLinks.pendingEmails({ practiceId, partnerIds: [] }),
      "profile.get": () => anon.profile.get(),
      "profile.save": () => anon.profile.save({ name: "Anon", credentials: null, pronouns: null }),
      "profile.skip": () => anon.profile.skip(),
      "therapySessions.forCouple": () => anon.therapySessions.forCouple({ practiceId, coupleId }),
      "therapySessions.record": () =>
        anon.therapySessions.record({ practiceId, coupleId, sessionOn: "2026-01-05", notes: "n" }),
      "therapySessions.updateNotes": () =>
        anon.therapySessions.updateNotes({ practiceId, sessionId: someId, notes: "n" }),
      "therapySessions.delete": () =>
        anon.therapySessions.delete({ practiceId, sessionId: someId }),
      "timeline.forCouple": () => anon.timeline.forCouple({ practiceId, coupleId, range: "4w" }),
      "timeline.entry": () => anon.timeline.entry({ practiceId, coupleId, entryId: someId }),
      "billing.standing": () => anon.billing.standing({ practiceId }),
      "billing.summary": () => anon.billing.summary({ practiceId }),
      "billing.seatQuote": () => anon.billing.seatQuote({ practiceId }),
      "billing.checkout": () => anon.billing.checkout({ practiceId }),
      "billing.portal": () => anon.billing.portal({ practiceId }),
      "billing.addSeat": () => anon.billing.addSeat({ practiceId }),
      "mfa.status": () => anon.mfa.status(),
      "mfa.startEnrolment": () => anon.mfa.startEnrolment(),
      "mfa.confirmEnrolment": () => anon.mfa.confirmEnrolment({ code: "123456" }),
      "mfa.practice": () => anon.mfa.practice({ practiceId }),
      "mfa.setRequired": () => anon.mfa.setRequired({ practiceId, required: true }),
      "mfa.resetMember": () => anon.mfa.resetMember({ practiceId, userId: p.therapist.user.id }),
      "programmes.library": () => anon.programmes.library({ practiceId }),
      "programmes.mayEdit": () => anon.programmes.mayEdit({ practiceId, familyId: someId }),
      "programmes.copy": () =>
        anon.programmes.copy({ practiceId, from: { builtinKey: "six-week-reconnect" } }),
      "programmes.revise": () =>
        anon.programmes.revise({
          practiceId,
          familyId: someId,
          title: "t",
          summary: "",
          weeks: [
            {
              title: "w",
              intention: "i",
              homework: [{ kind: "bid", cadence: "once", partnerPositions: [1] }],
            },
          ],
        }),
      "programmes.archive": () => anon.programmes.archive({ practiceId, familyId: someId }),
      "programmes.forCouple": () => anon.programmes.forCouple({ practiceId, coupleId }),
      "programmes.start": () =>
        anon.programmes.start({
          practiceId,
          coupleId,
          programme: { builtinKey: "six-week-reconnect" },
          startsOn: "2026-12-07",
        }),
      "programmes.pause": () => anon.programmes.pause({ practiceId, runId: someId }),
      "programmes.resume": () => anon.programmes.resume({ practiceId, runId: someId }),
      "programmes.skipWeek": () =>
        anon.programmes.skipWeek({ practiceId, runId: someId, which: "next" }),
      "programmes.extendWeek": () => anon.programmes.extendWeek({ practiceId, runId: someId }),
      "programmes.stop": () => anon.programmes.stop({ practiceId, runId: someId }),
      "coupleItems.forCouple": () => anon.coupleItems.forCouple({ practiceId, coupleId }),
      "coupleItems.add": () =>
        anon.coupleItems.add({
          practiceId,
          coupleId,
          type: "ritual",
          label: "Walk",
          rhythm: "weekly",
        }),
      "coupleItems.rename": () =>
        anon.coupleItems.rename({ practiceId, itemId: someId, label: "Walk" }),
      "coupleItems.archive": () => anon.coupleItems.archive({ practiceId, itemId: someId }),
      // Partner procedures: no personal-link session, no access.
      "partner.coupleItems": () => anon.partner.coupleItems(),
      "partner.addCoupleItem": () =>
        anon.partner.addCoupleItem({ type: "small_win", label: "Cook together" }),
      "partner.home": () => anon.partner.home(),
      "partner.homeworkForm": () => anon.partner.homeworkForm({ assignmentId: someId }),
      "partner.entry": () => anon.partner.entry({ entryId: someId }),
      "partner.submitEntry": () =>
        anon.partner.submitEntry({
          kind: "soft_checkin",
          idempotencyKey: someId,
          payload: { appreciation: "a", need: "n", plan: "p" },
        }),
      "partner.setSharing": () => anon.partner.setSharing({ entryId: someId, shared: true }),
      "partner.askForHelp": () => anon.partner.askForHelp({ idempotencyKey: someId }),
      "partner.practice": () => anon.partner.practice(),
      "partner.consent": () => anon.partner.consent(),
      "partner.overview": () => anon.partner.overview({ show: "mine", page: 1 }),
      "partner.contact": () => anon.partner.contact(),
      "partner.updateContact": () =>
        anon.partner.updateContact({ discreetEmails: true, phone: "", emergencyContact: "" }),
      "partner.updateEntry": () =>
        anon.partner.updateEntry({
          entryId: someId,
          kind: "micro_hurt",
          idempotencyKey: someId,
          payload: { raised: true, repaired: false },
        }),
    };
    // A new procedure must be added here (or be deliberately public).
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(
      [...Object.keys(calls), "invitations.preview", "partner.requestLink"].sort(),
    );
    const outcomes = await Promise.all(
      Object.entries(calls).map(async ([name, call]) => [
        name,
        await call().then(
          () => "resolved",
          (e: { code?: string }) => e.code,
        ),
      ]),
    );
    expect(Object.fromEntries(outcomes)).toEqual(
      Object.fromEntries(Object.keys(calls).map((name) => [name, "UNAUTHORIZED"])),
    );

    expect(await coupleSnapshot(db, coupleId)).toEqual(before.couple);
    expect(await auditTrail(db, p.practiceId)).toEqual(before.audit);
    expect(await db.select().from(practices).where(eq(practices.name, practiceName))).toEqual([]);
    expect(await mailTo(db, newEmail)).toEqual([]);
    expect(await p.owner.api.invitations.pending({ practiceId })).toMatchObject([
      { id: invitation.id },
    ]);
  });

  test("may still preview an invitation link, the one public procedure", async () => {
    const p = await seedPractice(db);
    const invitation = await inviteByEmail(db, p, `${unique("invitee")}@example.test`);
    await expect(
      callerFor(db, null).invitations.preview({ token: invitation.token }),
    ).resolves.toMatchObject({
      practiceName: p.practice.name,
      state: "pending",
    });
  });
});
