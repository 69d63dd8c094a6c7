import { roleLabel, roles, type Role } from "./practice";

/** What each role can do, in plain words: the team page's guide and its confirmations read these. */
export const roleAbilities: Record<Role, string> = {
  owner:
    "Everything an admin can do, and also makes or removes owners. A practice always has at least one owner.",
  admin:
    "Sees every couple, invites colleagues, changes therapists' and admins' roles, moves couples between therapists, edits the practice settings and reads the audit log.",
  therapist:
    "Works with the couples they treat: adds couples, assigns homework, reads entries and safety flags, and records sessions. Cannot change the team or the settings.",
};

const rank: Record<Role, number> = { therapist: 1, admin: 2, owner: 3 };

export type RoleChange = "promotion" | "demotion" | "none";

export function roleChange(from: Role, to: Role): RoleChange {
  if (rank[to] > rank[from]) return "promotion";
  if (rank[to] < rank[from]) return "demotion";
  return "none";
}

/** The question asked before a role change, saying what changes for the member. */
export function roleChangeQuestion(name: string, from: Role, to: Role): string {
  const question = `Make ${name} ${withArticle(to)}?`;
  if (roleChange(from, to) === "demotion") {
    return `${question} ${losses[to]} Invitations they sent that are still pending, and the personal links they gave partners, are withdrawn.`;
  }
  return `${question} ${gains[to]}`;
}

const gains: Record<Role, string> = {
  owner: "They will be able to do everything an owner can, including making or removing owners.",
  admin: "They will see every couple, manage the team and the settings, and read the audit log.",
  therapist: "",
};

const losses: Record<Role, string> = {
  owner: "",
  admin: "They will no longer be able to make or remove owners.",
  therapist:
    "They will see only the couples they treat, and no longer manage the team, the settings or the audit log.",
};

function withArticle(role: Role): string {
  return `${role === "therapist" ? "a" : "an"} ${roleLabel[role].toLowerCase()}`;
}

/** The member whose actions are offered; the rules depend only on their role. */
export interface TeamSeat {
  role: Role;
}

/**
 * The roles the team page offers for a member, mirroring what the server allows: only owners
 * touch the owner role, and the practice's only owner cannot step down. A single role means the
 * select is not offered at all.
 */
export function offeredRoles(viewer: Role, member: TeamSeat, owners: number): Role[] {
  if (member.role === "owner" && (viewer !== "owner" || owners <= 1)) return [member.role];
  return roles.filter((r) => viewer === "owner" || r !== "owner");
}

/** Whether "Remove" can succeed: never the last owner, never an owner removed by an admin. */
export function mayRemove(viewer: Role, member: TeamSeat, owners: number): boolean {
  if (member.role !== "owner") return true;
  return viewer === "owner" && owners > 1;
}
