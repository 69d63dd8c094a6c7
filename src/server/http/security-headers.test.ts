import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "./security-headers";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("Content-Security-Policy", () => {
  test("scripts run only with this response's nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc123", false);
    const scripts = directive(policy, "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
  });

  test("development allows eval for React's error stacks, still no inline scripts", () => {
    const scripts = directive(contentSecurityPolicy("abc123", true), "script-src");
    expect(scripts).toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  test("no framing, plugins, base rewriting or foreign form targets", () => {
    const policy = contentSecurityPolicy("n", false);
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'none'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
  });

  test("every nonce is new and long enough not to be guessed", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("Strict-Transport-Security", () => {
  test("sent in production when APP_URL is https", () => {
    expect(strictTransportSecurity("https://app.attune.example", true)).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });

  test("not sent for plain HTTP or outside production", () => {
    expect(strictTransportSecurity("http://localhost:3000", true)).toBeNull();
    expect(strictTransportSecurity("https://app.attune.example", false)).toBeNull();
  });
});
