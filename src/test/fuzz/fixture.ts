import fc from "fast-check";
import { desc } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { homeworkTemplates } from "~/server/db/schema";
import type { SessionUser } from "~/server/trpc/context";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import { inviteByEmail, seedCouple, seedPractice, unique } from "~/test/factories";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  seedCoupleWithPartners,
} from "~/test/homework-factories";
import { raiseHelpButtonFlag } from "~/test/safety-factories";

/** Who calls: the roles the issue names, and nobody. */
export type Role = "owner" | "therapist" | "partner" | "signedOut";

interface Caller {
  user: SessionUser | null;
  partner: PartnerScope | null;
}

export interface FuzzFixture {
  callers: Record<Role, Caller>;
  /** Rows that exist (and ids that do not), for id fields: real ids get past "not found". */
  ids: fc.Arbitrary<string>;
  /** For an id field by its name, the ids that fit it best (practiceId: the practice's own). */
  idsByField: Record<string, fc.Arbitrary<string>>;
  /** The partner's session cookie value, for route handlers. */
  partnerSession: string;
  /** Who route handlers see as the signed-in staff member (they read it from cookies). */
  staff: Record<"owner" | "therapist", SessionUser>;
}

/**
 * One practice with an owner, a therapist treating a couple whose first partner has opened their
 * link, with homework, an entry, a session, a safety flag and an invitation; and a second practice
 * whose ids are outsiders' ids.
 */
export async function seedFuzzFixture(db: Database): Promise<FuzzFixture> {
  const scene = await seedCoupleWithPartners(db);
  const { p, coupleId, a, b } = scene;
  const { id: assignmentId } = await assignMicroHurt(p, coupleId);
  const alex = await openAsPartner(db, p, a.id);
  const entry = await alex.api.partner.submitEntry(microHurtSubmission(assignmentId));
  const { id: sessionId } = await p.therapist.api.therapySessions.record({
    practiceId: p.practiceId,
    coupleId,
    sessionOn: "2026-01-05",
    notes: "Fuzz fixture session.",
  });
  const flag = await raiseHelpButtonFlag(db, scene);
  const invitation = await inviteByEmail(db, p, `${unique("fuzz-invitee")}@example.test`);
  await p.owner.api.homework.copyTemplate({ practiceId: p.practiceId, kind: "bid" });
  const [template] = await db
    .select({ familyId: homeworkTemplates.familyId })
    .from(homeworkTemplates)
    .orderBy(desc(homeworkTemplates.createdAt))
    .limit(1);
  const outsider = await seedPractice(db);
  const outsiderCouple = await seedCouple(outsider, outsider.therapist.user.id);

  const real = [
    p.practiceId,
    coupleId,
    a.id,
    b.id,
    assignmentId,
    entry.id,
    sessionId,
    flag.id,
    invitation.id,
    template?.familyId ?? crypto.randomUUID(),
    p.owner.user.id,
    p.therapist.user.id,
    p.admin.user.id,
  ];
  const outsiders = [outsider.practiceId, outsiderCouple, outsider.owner.user.id];
  const callers: Record<Role, Caller> = {
    owner: { user: p.owner.user, partner: null },
    therapist: { user: p.therapist.user, partner: null },
    partner: { user: null, partner: alex.scope },
    signedOut: { user: null, partner: null },
  };
  const ids = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.constantFrom(...outsiders) },
    { weight: 1, arbitrary: fc.uuid() },
  );
  const best = (...values: string[]) =>
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: ids });
  const users = [p.owner.user.id, p.therapist.user.id, p.admin.user.id];
  return {
    callers,
    ids,
    partnerSession: alex.sessionToken,
    staff: { owner: p.owner.user, therapist: p.therapist.user },
    idsByField: {
      practiceId: best(p.practiceId),
      coupleId: best(coupleId),
      partnerId: best(a.id, b.id),
      assignmentId: best(assignmentId),
      entryId: best(entry.id),
      sessionId: best(sessionId),
      flagId: best(flag.id),
      invitationId: best(invitation.id),
      familyId: best(template?.familyId ?? crypto.randomUUID()),
      templateFamilyId: best(template?.familyId ?? crypto.randomUUID()),
      userId: best(...users),
      therapistUserId: best(...users),
      safetyBackupUserId: best(...users),
      who: best(...users),
    },
  };
}
