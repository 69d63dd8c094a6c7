import { eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { practices } from "~/server/db/schema";
import type { PartnerScope } from "./partner-scope";
import { DEFAULT_CRISIS_TEXT, DEFAULT_SECRETS_POLICY } from "~/domain/safety-texts";

/**
 * The practice as a partner sees it: its name, what to do when someone does not feel safe, and
 * who reads what they send (the secrets policy), and how soon a shared device signs them out.
 */
export async function partnerPracticeInfo(db: Executor, scope: Pick<PartnerScope, "practiceId">) {
  const [row] = await db
    .select({
      name: practices.name,
      crisisText: practices.crisisText,
      secretsPolicy: practices.secretsPolicy,
      idleMinutes: practices.sharedDeviceIdleMinutes,
    })
    .from(practices)
    .where(eq(practices.id, scope.practiceId));
  return {
    name: row?.name ?? "Your practice",
    crisisText: row?.crisisText ?? DEFAULT_CRISIS_TEXT,
    secretsPolicy: row?.secretsPolicy ?? DEFAULT_SECRETS_POLICY,
    idleMinutes: row?.idleMinutes ?? 30,
  };
}
