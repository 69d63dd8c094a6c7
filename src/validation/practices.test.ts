import { describe, expect, test } from "vitest";
import { createPracticeInput, inviteMemberInput, roleSchema } from "./practices";
import { check } from "~/test/schema";

describe("createPracticeInput", () => {
  test("asks for a name and a time zone from the list", () => {
    expect(check(createPracticeInput, { name: "  ", timeZone: "Nowhere/Land" })).toEqual({
      errors: {
        name: ["Enter the practice name."],
        timeZone: ["Choose a time zone from the list."],
      },
    });
    expect(check(createPracticeInput, {})).toEqual({
      errors: { name: ["Enter the practice name."], timeZone: ["Choose a time zone."] },
    });
    expect(check(createPracticeInput, { name: "x".repeat(121), timeZone: "UTC" })).toEqual({
      errors: { name: ["Keep the practice name under 120 characters."] },
    });
  });

  test("trims the name", () => {
    expect(
      check(createPracticeInput, { name: "  Harbour Couples ", timeZone: "Europe/London" }),
    ).toEqual({
      ok: { name: "Harbour Couples", timeZone: "Europe/London" },
    });
  });
});

describe("inviteMemberInput", () => {
  test("explains a bad email and refuses to invite an owner", () => {
    expect(check(inviteMemberInput, { email: "dana@", role: "owner" })).toEqual({
      errors: {
        email: ["Enter a valid email address, like name@example.com."],
        role: ["Invite as an admin or a therapist."],
      },
    });
    expect(check(inviteMemberInput, {})).toEqual({
      errors: { email: ["Enter an email address."], role: ["Invite as an admin or a therapist."] },
    });
  });

  test("normalises the address", () => {
    expect(check(inviteMemberInput, { email: " Dana@Example.com ", role: "admin" })).toEqual({
      ok: { email: "dana@example.com", role: "admin" },
    });
  });
});

describe("roleSchema", () => {
  test("lists the roles when given something else", () => {
    expect(check(roleSchema, "superuser")).toEqual({
      errors: { _form: ["Choose a role: owner, admin or therapist."] },
    });
    expect(check(roleSchema, "owner")).toEqual({ ok: "owner" });
  });
});
