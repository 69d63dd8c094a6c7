import { describe, expect, test } from "vitest";
import { partnerContactInput } from "./partner-contact";

const parse = (phone: string, emergencyContact = "") =>
  partnerContactInput.safeParse({ discreetEmails: true, phone, emergencyContact });

describe("a partner's contact choices", () => {
  test("phone numbers as people write them are kept as written; empty means none", () => {
    expect(parse(" +1 (555) 010-0199 ").data?.phone).toBe("+1 (555) 010-0199");
    expect(parse("07700 900123").data?.phone).toBe("07700 900123");
    expect(parse("").data).toEqual({ discreetEmails: true, phone: null, emergencyContact: null });
  });

  test("letters, a lone symbol or a very long number are refused with a clear message", () => {
    for (const bad of ["call me", "+", "555-CALL", "1".repeat(31)]) {
      const result = parse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/digits|under 30/);
    }
  });

  test("the emergency contact is short free text", () => {
    expect(parse("", "My sister Jo, 555 0100").data?.emergencyContact).toBe(
      "My sister Jo, 555 0100",
    );
    expect(parse("", "x".repeat(201)).error?.issues[0]?.message).toBe(
      "Keep this under 200 characters.",
    );
  });
});
