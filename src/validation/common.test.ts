import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  allTimeZones,
  emailSchema,
  idSchema,
  optionalEmailSchema,
  requiredText,
  timeZoneSchema,
} from "./common";
import { check } from "~/test/schema";

const field = <S extends z.ZodType>(schema: S) => z.object({ value: schema });

describe("emailSchema", () => {
  test("explains a malformed or missing address in plain words", () => {
    for (const bad of ["bob@", "bob", "@example.com", "bob@example", "two words@example.com"]) {
      expect(check(field(emailSchema), { value: bad })).toEqual({
        errors: { value: ["Enter a valid email address, like name@example.com."] },
      });
    }
    expect(check(field(emailSchema), {})).toEqual({
      errors: { value: ["Enter an email address."] },
    });
  });

  test("trims and lowercases a good address", () => {
    expect(check(emailSchema, "  Dana.Reyes@Example.COM ")).toEqual({
      ok: "dana.reyes@example.com",
    });
  });
});

describe("optionalEmailSchema", () => {
  test("empty, missing or null becomes null; a bad address says it may be left empty", () => {
    for (const empty of ["", "   ", undefined, null])
      expect(check(optionalEmailSchema, empty)).toEqual({ ok: null });
    expect(check(field(optionalEmailSchema), { value: "sam@" })).toEqual({
      errors: { value: ["Enter a valid email address, or leave it empty."] },
    });
    expect(check(optionalEmailSchema, " Sam@Example.test ")).toEqual({ ok: "sam@example.test" });
  });
});

describe("requiredText", () => {
  const label = field(requiredText("a label for the couple", 10));
  test("blank text asks for it; long text names the limit; good text is trimmed", () => {
    expect(check(label, { value: "   " })).toEqual({
      errors: { value: ["Enter a label for the couple."] },
    });
    expect(check(label, {})).toEqual({ errors: { value: ["Enter a label for the couple."] } });
    expect(check(label, { value: "x".repeat(11) })).toEqual({
      errors: { value: ["Keep a label for the couple under 10 characters."] },
    });
    expect(check(label, { value: "  Alex & Sam " })).toEqual({ ok: { value: "Alex & Sam" } });
  });
});

describe("timeZoneSchema", () => {
  test("accepts IANA zones and UTC, and asks to pick from the list otherwise", () => {
    for (const zone of ["Europe/London", "America/New_York", "UTC"])
      expect(check(timeZoneSchema, zone)).toEqual({ ok: zone });
    for (const bad of ["Mars/Olympus", "GMT+25", "", "europe/london "]) {
      expect(check(field(timeZoneSchema), { value: bad })).toEqual({
        errors: { value: ["Choose a time zone from the list."] },
      });
    }
    expect(check(field(timeZoneSchema), {})).toEqual({
      errors: { value: ["Choose a time zone."] },
    });
  });

  test("the list offered to people is sorted and every entry passes", () => {
    const zones = allTimeZones();
    expect(zones).toContain("UTC");
    expect(zones).toEqual([...zones].sort());
    expect(zones.every((zone) => timeZoneSchema.safeParse(zone).success)).toBe(true);
  });
});

describe("idSchema", () => {
  test("a mangled id reads as a bad link", () => {
    expect(check(field(idSchema), { value: "123" })).toEqual({
      errors: { value: ["That link or identifier is not valid."] },
    });
    expect(check(idSchema, "6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")).toMatchObject({
      ok: expect.any(String),
    });
  });
});
