import { describe, expect, test } from "vitest";
import { roles, type Role } from "~/domain/practice";
import { mayRemove, offeredRoles } from "~/domain/roles";
import { testDatabase } from "~/test/db";
import { addMember, seedPractice } from "~/test/factories";

const db = testDatabase();

async function succeeds(call: Promise<unknown>) {
  return call.then(
    () => true,
    () => false,
  );
}

/**
 * The team page hides what the server would refuse, and offers what it allows: for each viewer,
 * each kind of member and each action, the page's rule and the server's answer agree.
 */
describe("the team page's safeguards match the server", () => {
  const cases: { viewer: "owner" | "admin"; target: Role; owners: 1 | 2; self?: boolean }[] = [
    { viewer: "owner", target: "owner", owners: 1, self: true },
    { viewer: "owner", target: "owner", owners: 2 },
    { viewer: "owner", target: "owner", owners: 2, self: true },
    { viewer: "owner", target: "admin", owners: 1 },
    { viewer: "owner", target: "therapist", owners: 1 },
    { viewer: "admin", target: "owner", owners: 1 },
    { viewer: "admin", target: "owner", owners: 2 },
    { viewer: "admin", target: "admin", owners: 1, self: true },
    { viewer: "admin", target: "therapist", owners: 1 },
  ];

  async function setUp({ viewer, target, owners, self }: (typeof cases)[number]) {
    const p = await seedPractice(db);
    if (owners === 2) await addMember(db, p.practiceId, "owner");
    const acting = viewer === "owner" ? p.owner : p.admin;
    const member = self
      ? acting
      : target === "owner"
        ? p.owner
        : await addMember(db, p.practiceId, target);
    return { p, acting, userId: member.user.id };
  }

  test.each(cases)("$viewer acting on $target ($owners owner(s), self: $self)", async (c) => {
    const offered = offeredRoles(c.viewer, { role: c.target }, c.owners);
    for (const role of roles.filter((r) => r !== c.target)) {
      const { p, acting, userId } = await setUp(c);
      const done = await succeeds(
        acting.api.members.changeRole({ practiceId: p.practiceId, userId, role }),
      );
      expect({ role, done }).toEqual({ role, done: offered.includes(role) });
    }
    const { p, acting, userId } = await setUp(c);
    const removed = await succeeds(acting.api.members.remove({ practiceId: p.practiceId, userId }));
    expect(removed).toBe(mayRemove(c.viewer, { role: c.target }, c.owners));
  });
});
