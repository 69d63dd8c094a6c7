import { describe, expect, test } from "vitest";
import { leaksInternals } from "./leaks";

describe("leaksInternals", () => {
  test("finds a stack frame", () => {
    expect(leaksInternals("Error: x\n    at parse (/app/src/a.ts:3:9)")).not.toBeNull();
    expect(leaksInternals("    at async file:///app/server.js")).not.toBeNull();
  });

  test("lets a plain sentence with 'at … (…)' through", () => {
    expect(leaksInternals("A session can last at most 240 idle minutes (4 hours).")).toBeNull();
  });
});
