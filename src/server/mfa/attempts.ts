import type { Executor } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { takeRateLimit } from "~/server/rate-limit/rate-limit";

/** Codes a person may try (authenticator and recovery codes together) per window. */
export const MFA_ATTEMPT_LIMIT = { limit: 10, windowSeconds: 15 * 60 } as const;

export const TOO_MANY_ATTEMPTS_MESSAGE =
  "Too many codes tried. Wait 15 minutes and try again, or use a recovery code later.";

/** Count one code attempt by this person; over the limit, refuse before the code is checked. */
export async function takeMfaAttempt(db: Executor, userId: string, now?: Date): Promise<void> {
  const ok = await takeRateLimit(db, { key: `mfa:user:${userId}`, ...MFA_ATTEMPT_LIMIT, now });
  if (!ok) throw new DomainError("TOO_MANY_REQUESTS", TOO_MANY_ATTEMPTS_MESSAGE, "code");
}
