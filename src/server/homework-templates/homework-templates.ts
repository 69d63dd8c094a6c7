import { and, desc, eq, isNull } from "drizzle-orm";
import { homeworkKinds } from "~/homework/registry";
import { editableFields } from "~/homework/prompt-wording";
import type { KindKey } from "~/homework/types";
import { recordAudit } from "~/server/audit/record-audit";
import type { Database, Executor } from "~/server/db/client";
import { homeworkTemplates, type HomeworkTemplate } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";

export interface TemplateWording {
  title: string;
  instructions: string;
  prompts: Record<string, { label?: string; help?: string }>;
}

/** The newest version of each of the practice's own template families. */
export async function practiceTemplates(
  db: Executor,
  scope: PracticeScope,
): Promise<HomeworkTemplate[]> {
  return db
    .selectDistinctOn([homeworkTemplates.familyId])
    .from(homeworkTemplates)
    .where(
      and(eq(homeworkTemplates.practiceId, scope.practiceId), isNull(homeworkTemplates.archivedAt)),
    )
    .orderBy(homeworkTemplates.familyId, desc(homeworkTemplates.version));
}

export async function latestTemplate(db: Executor, scope: PracticeScope, familyId: string) {
  const [row] = await db
    .select()
    .from(homeworkTemplates)
    .where(
      and(
        eq(homeworkTemplates.familyId, familyId),
        eq(homeworkTemplates.practiceId, scope.practiceId),
      ),
    )
    .orderBy(desc(homeworkTemplates.version))
    .limit(1);
  if (!row || row.archivedAt) throw notFound("That template");
  return row;
}

/** Whether this member may revise or archive a template family: its author, owners and admins. */
export async function mayEditTemplate(db: Executor, scope: PracticeScope, familyId: string) {
  await latestTemplate(db, scope, familyId); // another practice's family: NOT_FOUND
  if (scope.role === "owner" || scope.role === "admin") return true;
  const [first] = await db
    .select({ author: homeworkTemplates.createdByUserId })
    .from(homeworkTemplates)
    .where(
      and(
        eq(homeworkTemplates.familyId, familyId),
        eq(homeworkTemplates.practiceId, scope.practiceId),
        eq(homeworkTemplates.version, 1),
      ),
    );
  return first?.author === scope.userId;
}

async function assertMayEditTemplate(db: Executor, scope: PracticeScope, familyId: string) {
  if (!(await mayEditTemplate(db, scope, familyId))) {
    throw new DomainError(
      "FORBIDDEN",
      "Only the person who made this wording, or an owner or admin, can change it.",
    );
  }
}

type TemplateVersion = Omit<
  typeof homeworkTemplates.$inferInsert,
  "practiceId" | "createdByUserId"
>;

/** Store one version of a template family and its audit event. */
async function saveVersion(
  tx: Executor,
  scope: PracticeScope,
  version: TemplateVersion,
  audit: { action: "template.created" | "template.revised"; details: Record<string, unknown> },
) {
  const [row] = await tx
    .insert(homeworkTemplates)
    .values({ ...version, practiceId: scope.practiceId, createdByUserId: scope.userId })
    .onConflictDoNothing({
      target: [homeworkTemplates.familyId, homeworkTemplates.version, homeworkTemplates.practiceId],
    })
    .returning();
  // Two people saving the same template at once: the second is told, not given a 500.
  if (!row) {
    throw new DomainError(
      "CONFLICT",
      "Someone else just saved this template. Reload it and try again.",
    );
  }
  await recordAudit(tx, scope, audit.action, { type: "template", id: row.familyId }, audit.details);
  return row;
}

/** Start a practice's own wording from a built-in kind. */
export async function copyBuiltInTemplate(
  db: Database,
  scope: PracticeScope,
  args: { kind: KindKey },
) {
  const kind = homeworkKinds[args.kind];
  return db.transaction(async (tx) => {
    return saveVersion(
      tx,
      scope,
      {
        familyId: crypto.randomUUID(),
        version: 1,
        kind: kind.key,
        title: `${kind.title} (our wording)`,
        instructions: kind.instructions,
        prompts: {},
      },
      { action: "template.created", details: { kind: kind.key } },
    );
  });
}

/** Each edit is a new version; assignments keep the version they were given with. */
export async function reviseTemplate(
  db: Database,
  scope: PracticeScope,
  args: TemplateWording & { familyId: string },
) {
  return db.transaction(async (tx) => {
    const current = await latestTemplate(tx, scope, args.familyId);
    await assertMayEditTemplate(tx, scope, current.familyId);
    // Only this kind's own questions can be reworded: any other key (say "constructor") is refused.
    const rewordable = new Set(editableFields(homeworkKinds[current.kind]).map((f) => f.name));
    if (Object.keys(args.prompts).some((key) => !rewordable.has(key))) {
      throw new DomainError(
        "BAD_REQUEST",
        "Only this homework's own questions can be reworded.",
        "prompts",
      );
    }
    return saveVersion(
      tx,
      scope,
      {
        familyId: current.familyId,
        version: current.version + 1,
        kind: current.kind,
        title: args.title,
        instructions: args.instructions,
        prompts: args.prompts,
      },
      { action: "template.revised", details: { version: current.version + 1 } },
    );
  });
}

export async function archiveTemplate(
  db: Database,
  scope: PracticeScope,
  args: { familyId: string },
) {
  await db.transaction(async (tx) => {
    const current = await latestTemplate(tx, scope, args.familyId);
    await assertMayEditTemplate(tx, scope, current.familyId);
    await tx
      .update(homeworkTemplates)
      .set({ archivedAt: new Date() })
      .where(
        and(
          eq(homeworkTemplates.familyId, current.familyId),
          eq(homeworkTemplates.practiceId, scope.practiceId),
        ),
      );
    await recordAudit(tx, scope, "template.archived", { type: "template", id: current.familyId });
  });
}

/** The wording a partner sees: the template version an assignment was given with, or the built-in. */
export async function wordingFor(
  db: Executor,
  practiceId: string,
  templateId: string | null,
  kind: KindKey,
) {
  if (templateId) {
    const [row] = await db
      .select()
      .from(homeworkTemplates)
      .where(
        and(eq(homeworkTemplates.id, templateId), eq(homeworkTemplates.practiceId, practiceId)),
      );
    if (row) return { title: row.title, instructions: row.instructions, prompts: row.prompts };
  }
  const builtIn = homeworkKinds[kind];
  return { title: builtIn.title, instructions: builtIn.instructions, prompts: {} };
}
