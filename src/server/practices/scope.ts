import type { Role } from "~/domain/practice";

/** Who is acting, in which practice, with which role: resolved from a verified membership. */
export interface PracticeScope {
  practiceId: string;
  userId: string;
  role: Role;
}

export function isManager(scope: Pick<PracticeScope, "role">): boolean {
  return scope.role === "owner" || scope.role === "admin";
}
