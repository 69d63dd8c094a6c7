import { describe, expect, test } from "vitest";
import { mayRemove, offeredRoles, roleChange, roleChangeQuestion } from "./roles";

describe("role safeguards", () => {
  test("the only owner is offered neither a demotion nor Remove, even on themselves", () => {
    const self = { role: "owner" as const };
    expect(offeredRoles("owner", self, 1)).toEqual(["owner"]);
    expect(mayRemove("owner", self, 1)).toBe(false);
    expect(offeredRoles("owner", self, 2)).toEqual(["owner", "admin", "therapist"]);
    expect(mayRemove("owner", self, 2)).toBe(true);
  });

  test("an admin never touches an owner and never offers the owner role", () => {
    const owner = { role: "owner" as const };
    const therapist = { role: "therapist" as const };
    expect(offeredRoles("admin", owner, 2)).toEqual(["owner"]);
    expect(mayRemove("admin", owner, 2)).toBe(false);
    expect(offeredRoles("admin", therapist, 1)).toEqual(["admin", "therapist"]);
    expect(mayRemove("admin", therapist, 1)).toBe(true);
  });

  test("a promotion and a demotion each say what changes", () => {
    expect(roleChange("therapist", "admin")).toBe("promotion");
    expect(roleChange("owner", "admin")).toBe("demotion");
    expect(roleChange("admin", "admin")).toBe("none");
    expect(roleChangeQuestion("Sam Lee", "therapist", "owner")).toMatch(
      /^Make Sam Lee an owner\? .*making or removing owners/,
    );
    expect(roleChangeQuestion("Sam Lee", "admin", "therapist")).toMatch(
      /^Make Sam Lee a therapist\? They will see only the couples they treat.*links .* withdrawn\.$/,
    );
  });
});
