import { eq } from "drizzle-orm";
import type { Database } from "~/server/db/client";
import { entries, safetyFlags } from "~/server/db/schema";
import {
  assignMicroHurt,
  microHurtSubmission,
  openAsPartner,
  type seedCoupleWithPartners,
} from "./homework-factories";

type Scene = Awaited<ReturnType<typeof seedCoupleWithPartners>>;

/**
 * The safety flag row for a flagged entry: the one submitting raised, or (before submitting made
 * them) one made here exactly as the migration's backfill does.
 */
async function flagOfEntry(db: Database, entryId: string) {
  const [entry] = await db.select().from(entries).where(eq(entries.id, entryId));
  if (!entry) throw new Error("no entry");
  await db
    .insert(safetyFlags)
    .values({
      practiceId: entry.practiceId,
      coupleId: entry.coupleId,
      partnerId: entry.partnerId,
      source: "entry",
      entryId: entry.id,
      raisedAt: entry.createdAt,
    })
    .onConflictDoNothing();
  const [flag] = await db.select().from(safetyFlags).where(eq(safetyFlags.entryId, entry.id));
  if (!flag) throw new Error("no flag for a flagged entry");
  return flag;
}

/** Partner A of the couple sends a micro-hurt log with "I don't feel safe" ticked. */
export async function raiseEntryFlag(
  db: Database,
  s: Scene,
  overrides: Record<string, unknown> = {},
) {
  const { id: assignmentId } = await assignMicroHurt(s.p, s.coupleId);
  const alex = await openAsPartner(db, s.p, s.a.id);
  const entry = await alex.api.partner.submitEntry(
    microHurtSubmission(assignmentId, { safetyFlag: true, ...overrides }),
  );
  return { entryId: entry.id, flag: await flagOfEntry(db, entry.id) };
}

/** A flag from the "I need help" button, raised by the partner in `position`, `raisedAt` when given. */
export async function raiseHelpButtonFlag(
  db: Database,
  s: Scene,
  { position = 2, raisedAt }: { position?: 1 | 2; raisedAt?: Date } = {},
) {
  const partner = position === 1 ? s.a : s.b;
  const [flag] = await db
    .insert(safetyFlags)
    .values({
      practiceId: s.p.practiceId,
      coupleId: s.coupleId,
      partnerId: partner.id,
      source: "help_button",
      idempotencyKey: crypto.randomUUID(),
      ...(raisedAt ? { raisedAt } : {}),
    })
    .returning();
  if (!flag) throw new Error("no flag");
  return flag;
}
