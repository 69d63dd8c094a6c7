import { and, desc, eq, isNull } from "drizzle-orm";
import { builtInProgramme, builtInProgrammes } from "~/domain/builtin-programmes";
import type { ProgrammeWeekPlan } from "~/domain/programmes";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { programmeTemplates, type ProgrammeTemplate } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { isManager, type PracticeScope } from "~/server/practices/scope";
import type { ProgrammePlanInput } from "~/validation/programmes";

/** The built-in programmes and the newest version of each of the practice's own. */
export async function programmeLibrary(db: Executor, scope: PracticeScope) {
  const practice = await db
    .selectDistinctOn([programmeTemplates.familyId])
    .from(programmeTemplates)
    .where(eq(programmeTemplates.practiceId, scope.practiceId))
    .orderBy(programmeTemplates.familyId, desc(programmeTemplates.version));
  return {
    builtIn: builtInProgrammes.map((p) => ({ ...p })),
    // Archiving marks every version, so the newest version says whether the family is archived.
    practice: practice.filter((p) => !p.archivedAt).sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/** The newest version of one of the practice's programmes; archived or another practice's: NOT_FOUND. */
export async function latestProgramme(
  db: Executor,
  scope: Pick<PracticeScope, "practiceId">,
  familyId: string,
): Promise<ProgrammeTemplate> {
  const [row] = await db
    .select()
    .from(programmeTemplates)
    .where(
      and(
        eq(programmeTemplates.familyId, familyId),
        eq(programmeTemplates.practiceId, scope.practiceId),
      ),
    )
    .orderBy(desc(programmeTemplates.version))
    .limit(1);
  if (!row || row.archivedAt) throw notFound("That programme");
  return row;
}

/** Who may revise or archive a programme: whoever made it, owners and admins (as for templates). */
export async function mayEditProgramme(db: Executor, scope: PracticeScope, familyId: string) {
  await latestProgramme(db, scope, familyId);
  if (isManager(scope)) return true;
  const [first] = await db
    .select({ author: programmeTemplates.createdByUserId })
    .from(programmeTemplates)
    .where(
      and(
        eq(programmeTemplates.familyId, familyId),
        eq(programmeTemplates.practiceId, scope.practiceId),
        eq(programmeTemplates.version, 1),
      ),
    );
  return first?.author === scope.userId;
}

async function assertMayEdit(db: Executor, scope: PracticeScope, familyId: string) {
  if (!(await mayEditProgramme(db, scope, familyId))) {
    throw new DomainError(
      "FORBIDDEN",
      "Only the person who made this programme, or an owner or admin, can change it.",
    );
  }
}

interface ProgrammeVersion {
  familyId: string;
  version: number;
  title: string;
  summary: string;
  weeks: ProgrammeWeekPlan[];
}

async function saveVersion(
  tx: Executor,
  scope: PracticeScope,
  version: ProgrammeVersion,
  audit: { action: "programme.created" | "programme.revised"; details: Record<string, unknown> },
) {
  const [row] = await tx
    .insert(programmeTemplates)
    .values({ ...version, practiceId: scope.practiceId, createdByUserId: scope.userId })
    .onConflictDoNothing({
      target: [
        programmeTemplates.familyId,
        programmeTemplates.version,
        programmeTemplates.practiceId,
      ],
    })
    .returning();
  if (!row) {
    throw new DomainError(
      "CONFLICT",
      "Someone else just saved this programme. Reload it and try again.",
    );
  }
  await recordAudit(
    tx,
    scope,
    audit.action,
    { type: "programme", id: row.familyId },
    audit.details,
  );
  return row;
}

/** Start the practice's own programme from a built-in one or from another of its programmes. */
export async function copyProgramme(
  db: Database,
  scope: PracticeScope,
  from: { builtinKey: string } | { familyId: string },
) {
  return db.transaction(async (tx) => {
    const source =
      "builtinKey" in from
        ? builtInProgramme(from.builtinKey)
        : await latestProgramme(tx, scope, from.familyId);
    if (!source) throw notFound("That programme");
    return saveVersion(
      tx,
      scope,
      {
        familyId: crypto.randomUUID(),
        version: 1,
        title: `${source.title} (our version)`.slice(0, 120),
        summary: source.summary,
        weeks: source.weeks,
      },
      {
        action: "programme.created",
        details: "builtinKey" in from ? { from: from.builtinKey } : { fromFamily: from.familyId },
      },
    );
  });
}

/** JSON with keys in one order and undefined left out, as jsonb keeps it, to compare plans. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function samePlan(current: ProgrammeTemplate, next: ProgrammePlanInput): boolean {
  return (
    current.title === next.title &&
    current.summary === next.summary &&
    canonical(current.weeks) === canonical(next.weeks)
  );
}

/** Each save is a new version; saving it unchanged adds none. Running programmes keep theirs. */
export async function reviseProgramme(
  db: Database,
  scope: PracticeScope,
  args: ProgrammePlanInput & { familyId: string },
) {
  return db.transaction(async (tx) => {
    const current = await latestProgramme(tx, scope, args.familyId);
    await assertMayEdit(tx, scope, current.familyId);
    const plan = { title: args.title, summary: args.summary, weeks: args.weeks };
    if (samePlan(current, plan)) return current;
    return saveVersion(
      tx,
      scope,
      { familyId: current.familyId, version: current.version + 1, ...plan },
      {
        action: "programme.revised",
        details: { version: current.version + 1, weeks: plan.weeks.length },
      },
    );
  });
}

export async function archiveProgramme(
  db: Database,
  scope: PracticeScope,
  args: { familyId: string },
) {
  await db.transaction(async (tx) => {
    const current = await latestProgramme(tx, scope, args.familyId);
    await assertMayEdit(tx, scope, current.familyId);
    await tx
      .update(programmeTemplates)
      .set({ archivedAt: new Date() })
      .where(
        and(
          eq(programmeTemplates.familyId, current.familyId),
          eq(programmeTemplates.practiceId, scope.practiceId),
          isNull(programmeTemplates.archivedAt),
        ),
      );
    await recordAudit(tx, scope, "programme.archived", { type: "programme", id: current.familyId });
  });
}
