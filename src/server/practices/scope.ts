import type { Role } from "~/server/db/schema";

/** Who is acting, in which practice, with which role: resolved from a verified membership. */
export interface PracticeScope {
  practiceId: string;
  userId: string;
  role: Role;
}

export function isManager(scope: Pick<PracticeScope, "role">): boolean {
  return scope.role === "owner" || scope.role === "admin";
}
