import { and, desc, eq } from "drizzle-orm";
import type { KindKey } from "~/homework/types";
import type { Executor } from "~/server/db/client";
import { homeworkTemplates } from "~/server/db/schema";

/**
 * The newest version of a practice's wording a programme week names, when it still exists, is not
 * archived and is of the same kind; otherwise null and the week uses the built-in wording.
 */
export async function latestTemplateOrNull(
  db: Executor,
  practiceId: string,
  familyId: string,
  kind: KindKey,
) {
  const [row] = await db
    .select()
    .from(homeworkTemplates)
    .where(
      and(eq(homeworkTemplates.familyId, familyId), eq(homeworkTemplates.practiceId, practiceId)),
    )
    .orderBy(desc(homeworkTemplates.version))
    .limit(1);
  return row && !row.archivedAt && row.kind === kind ? row : null;
}
