import { describe, expect, test } from "vitest";
import { appUrl, sameOriginPath } from "./app-url";

describe("return paths after sign-in", () => {
  test.each([
    "/\\attacker.example",
    "//attacker.example",
    "/\t/attacker.example",
    "https://attacker.example/",
    "http:attacker.example",
    "javascript:alert(1)",
    "attacker.example",
    "",
    // Dot segments that resolve to a path starting "//": another host to a browser.
    "/.//attacker.example",
    "/x/..//attacker.example",
    "/%2e//attacker.example",
    "/./\\attacker.example",
  ])("%j never leaves Attune", (value) => {
    expect(sameOriginPath(value)).toBe("/");
  });

  test("same-origin paths keep their query and hash", () => {
    expect(sameOriginPath("/invitations/abc?x=1#top")).toBe("/invitations/abc?x=1#top");
    expect(sameOriginPath("/p/123/couples")).toBe("/p/123/couples");
  });

  test("anything that is not a string falls back", () => {
    expect(sameOriginPath(null, "/practices")).toBe("/practices");
    expect(sameOriginPath(undefined)).toBe("/");
  });
});

test("absolute URLs start from APP_URL", () => {
  expect(appUrl("/c/l/token").origin).toBe(
    new URL(process.env.APP_URL ?? "http://localhost:3000").origin,
  );
});
