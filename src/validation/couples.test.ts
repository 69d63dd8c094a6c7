import { describe, expect, test } from "vitest";
import { coupleDetailsInput, coupleStatusSchema, createCoupleInput } from "./couples";
import { check } from "~/test/schema";

const details = (
  partners: { displayName: string; email?: string | null }[],
  extra: object = {},
) => ({
  label: "Alex & Sam",
  timeZone: "Europe/London",
  partners,
  ...extra,
});

describe("coupleDetailsInput", () => {
  test("two partners cannot share one email, whatever its case or spacing; the message sits on the second partner", () => {
    const input = details([
      { displayName: "Alex", email: "alex@example.test" },
      { displayName: "Sam", email: " ALEX@example.test " },
    ]);
    expect(check(coupleDetailsInput, input)).toEqual({
      errors: { "partners.1.email": ["Each partner needs their own email address."] },
    });
  });

  test("both partners may leave their email empty, and distinct addresses pass", () => {
    expect(
      check(
        coupleDetailsInput,
        details([{ displayName: "Alex", email: "" }, { displayName: "Sam" }]),
      ),
    ).toMatchObject({
      ok: { partners: [{ email: null }, { email: null }] },
    });
    expect(
      check(
        coupleDetailsInput,
        details([
          { displayName: "Alex", email: "a@example.test" },
          { displayName: "Sam", email: "s@example.test" },
        ]),
      ),
    ).toMatchObject({ ok: {} });
  });

  test("an empty label, a bad email, an unknown time zone and a blank name each get their own message", () => {
    const input = details([{ displayName: " ", email: "alex@" }, { displayName: "Sam" }], {
      label: "  ",
      timeZone: "Moon/Base",
    });
    expect(check(coupleDetailsInput, input)).toEqual({
      errors: {
        label: ["Enter a label for the couple."],
        timeZone: ["Choose a time zone from the list."],
        "partners.0.displayName": ["Enter a display name."],
        "partners.0.email": ["Enter a valid email address, or leave it empty."],
      },
    });
  });

  test("a couple needs exactly two partners", () => {
    expect(check(coupleDetailsInput, details([]))).toEqual({
      errors: { partners: ["A couple has two partners."] },
    });
    expect(
      check(
        coupleDetailsInput,
        details([{ displayName: "A" }, { displayName: "B" }, { displayName: "C" }]),
      ),
    ).toMatchObject({
      errors: { partners: expect.any(Array) },
    });
  });

  test("overlong label and name name their limits", () => {
    const input = details([{ displayName: "n".repeat(81) }, { displayName: "Sam" }], {
      label: "l".repeat(121),
    });
    expect(check(coupleDetailsInput, input)).toEqual({
      errors: {
        label: ["Keep a label for the couple under 120 characters."],
        "partners.0.displayName": ["Keep a display name under 80 characters."],
      },
    });
  });
});

describe("createCoupleInput and coupleStatusSchema", () => {
  test("asks for the treating therapist", () => {
    const input = details([{ displayName: "Alex" }, { displayName: "Sam" }]);
    expect(check(createCoupleInput, input)).toEqual({
      errors: { therapistUserId: ["Choose the treating therapist."] },
    });
    expect(check(createCoupleInput, { ...input, therapistUserId: "" })).toEqual({
      errors: { therapistUserId: ["Choose the treating therapist."] },
    });
  });

  test("an unknown status lists the choices", () => {
    expect(check(coupleStatusSchema, "archived")).toEqual({
      errors: { _form: ["Choose a status: active, paused or discharged."] },
    });
    expect(check(coupleStatusSchema, "paused")).toEqual({ ok: "paused" });
  });
});

test("a shared partner email is reported even while other fields are wrong", () => {
  const result = coupleDetailsInput.safeParse({
    label: "",
    timeZone: "Europe/London",
    partners: [
      { displayName: "Alex", email: "same@example.test" },
      { displayName: "", email: "same@example.test" },
    ],
  });
  expect(result.success).toBe(false);
  const paths = result.error!.issues.map((i) => i.path.join("."));
  expect(paths).toEqual(
    expect.arrayContaining(["label", "partners.1.displayName", "partners.1.email"]),
  );
});
