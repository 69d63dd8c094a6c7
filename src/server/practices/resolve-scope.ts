import type { Executor } from "~/server/db/client";
import { findMembership } from "./practices";
import type { PracticeScope } from "./scope";

/**
 * The practice a user may act in, only through their membership of it: null when they are not a
 * member (or the practice does not exist), which every caller answers as "not found".
 */
export async function resolveScope(
  db: Executor,
  args: { userId: string; practiceId: string },
): Promise<PracticeScope | null> {
  const membership = await findMembership(db, args);
  return membership ? { ...args, role: membership.role } : null;
}
