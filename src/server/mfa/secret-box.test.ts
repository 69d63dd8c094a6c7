import { describe, expect, test } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";

describe("the authenticator secret at rest", () => {
  const key = "a-test-auth-secret-of-enough-length-000";

  test("opens to what was sealed, and never holds it in the clear", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, key)).toBe("JBSWY3DPEHPK3PXP");
  });

  test("sealing twice gives different text (a fresh IV each time)", () => {
    expect(sealSecret("JBSWY3DPEHPK3PXP", key)).not.toBe(sealSecret("JBSWY3DPEHPK3PXP", key));
  });

  test("a changed byte or another AUTH_SECRET refuses to open", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    const tampered = [...parts.slice(0, 3), body.toString("base64url")].join(".");
    expect(() => openSecret(tampered, key)).toThrow();
    expect(() => openSecret(sealed, `${key}-other`)).toThrow();
  });
});

describe("recovery codes", () => {
  test("ten distinct codes, compared without case, spaces or dashes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [first] = codes;
    expect(first).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    const typed = ` ${first!.toLowerCase().replace(/-/g, " ")} `;
    expect(normalizeRecoveryCode(typed)).toBe(first!.replace(/-/g, ""));
    expect(hashRecoveryCode(normalizeRecoveryCode(typed)!)).toBe(
      hashRecoveryCode(normalizeRecoveryCode(first!)!),
    );
    expect(normalizeRecoveryCode("123456")).toBeNull();
  });
});
