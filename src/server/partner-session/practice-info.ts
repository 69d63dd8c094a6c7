import { eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { practices } from "~/server/db/schema";
import type { PartnerScope } from "./partner-scope";

export const DEFAULT_CRISIS_TEXT =
  "If you are in danger right now, call your local emergency number (911 in the US and Canada, 999 in the UK, 112 in the EU). " +
  "If someone is hurting or threatening you, a domestic violence hotline can help you make a safety plan: in the US call 1-800-799-7233 or text START to 88788; in the UK call 0808 2000 247. " +
  "Your therapist has been told you do not feel safe and will follow up with you.";

/** The practice as a partner sees it: its name and what to do when someone does not feel safe. */
export async function partnerPracticeInfo(db: Executor, scope: Pick<PartnerScope, "practiceId">) {
  const [row] = await db
    .select({ name: practices.name, crisisText: practices.crisisText })
    .from(practices)
    .where(eq(practices.id, scope.practiceId));
  return { name: row?.name ?? "Your practice", crisisText: row?.crisisText ?? DEFAULT_CRISIS_TEXT };
}
