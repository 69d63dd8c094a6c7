import { describe, expect, test } from "vitest";
import { normalizeSignInEmail } from "./normalize-email";

describe("the address a sign-in link goes to", () => {
  test.each(["a@x.test,b@y.test", "a@x.test;b@y.test", "a@b@c.test", "a@x.test b@y.test", "nope"])(
    "%j is refused",
    (value) => {
      expect(() => normalizeSignInEmail(value)).toThrow();
    },
  );

  test("one address is trimmed and lower-cased", () => {
    expect(normalizeSignInEmail("  Dana@Example.TEST ")).toBe("dana@example.test");
  });
});
