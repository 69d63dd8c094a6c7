import { eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { practices } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { takeRateLimit } from "./rate-limit";

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/** Every limit on email Attune sends to an address, in one place. */
export const EMAIL_LIMITS = {
  signIn: {
    perAddress: { limit: 5, windowSeconds: HOUR },
    perIp: { limit: 30, windowSeconds: HOUR },
  },
  invitation: { perAddress: { limit: 5, windowSeconds: DAY } },
  partnerLink: { perAddress: { limit: 10, windowSeconds: DAY } },
  /** All staff-sent email of a practice not yet verified (invitations, links, homework). */
  unverifiedPractice: { limit: 100, windowSeconds: DAY },
} as const;

/** Sign-in links: per address and per client IP. False means: say "check your email", send nothing. */
export async function takeSignInAllowance(db: Executor, args: { email: string; ip: string }) {
  const address = await takeRateLimit(db, {
    key: `sign-in:address:${args.email}`,
    ...EMAIL_LIMITS.signIn.perAddress,
  });
  const ip = await takeRateLimit(db, {
    key: `sign-in:ip:${args.ip}`,
    ...EMAIL_LIMITS.signIn.perIp,
  });
  return address && ip;
}

/**
 * Email a member of a practice sends to an address (an invitation, a partner's link, homework):
 * a limit per recipient, and a daily cap for the whole practice until it is verified, so Attune
 * cannot be used to relay mail. Throws a clear TOO_MANY_REQUESTS when either is reached.
 */
export async function takePracticeEmailAllowance(
  db: Executor,
  args: { practiceId: string; to: string; kind: "invitation" | "partnerLink" | "homework" },
) {
  if (args.kind !== "homework") {
    const perAddress = EMAIL_LIMITS[args.kind].perAddress;
    const ok = await takeRateLimit(db, {
      key: `${args.kind}:address:${args.practiceId}:${args.to}`,
      ...perAddress,
    });
    if (!ok) {
      throw new DomainError(
        "TOO_MANY_REQUESTS",
        `That address has had ${perAddress.limit} emails like this today. Try again tomorrow.`,
      );
    }
  }
  const [practice] = await db
    .select({ verifiedAt: practices.verifiedAt })
    .from(practices)
    .where(eq(practices.id, args.practiceId));
  if (practice?.verifiedAt) return;
  const ok = await takeRateLimit(db, {
    key: `practice-email:${args.practiceId}`,
    ...EMAIL_LIMITS.unverifiedPractice,
  });
  if (!ok) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `A new practice can send ${EMAIL_LIMITS.unverifiedPractice.limit} emails a day until it is verified. Try again tomorrow, or ask Attune to verify the practice.`,
    );
  }
}
