import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { homeworkKinds } from "./registry";

/**
 * Each kind's current schema (what it accepts, as JSON Schema), first recorded on 30 November
 * 2026. The timeline takes
 * answers stored under the current version as they are (`currentAsWritten`), which is right only
 * while the schema behind that version stays the same: a change to what a kind accepts must come
 * with a new version (the old one read through `earlier`), and then a new line here.
 */
const recorded: Record<string, string> = {
  "micro_hurt@3": "d0ea20b4fc976e8a",
  "cycle_map@2": "0fdf26ece940ad09",
  "repair_script@2": "35bb1a7fb5b93f07",
  "bid@1": "57786112d2a2f579",
  "soft_checkin@1": "835b6ecc66e9fe3f",
  "csi4@1": "82a8032ec356c7f0",
  "connection_moment@1": "41c830eb7dc53df2",
  "ritual_tracker@1": "319bbe9f9c7e49b0",
  "small_win@1": "62efaeae654e448c",
  "reflection@1": "92a88619969cbb67",
};

function fingerprint(schema: z.ZodType): string {
  const shape = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return createHash("sha256").update(JSON.stringify(shape)).digest("hex").slice(0, 16);
}

describe("a kind's schema changes only with its version", () => {
  test.each(Object.values(homeworkKinds).map((kind) => [`${kind.key}@${kind.version}`, kind]))(
    "%s",
    (key, kind) => {
      expect(
        fingerprint(kind.schema),
        `${key}'s schema changed: raise its version (reading the old one through \`earlier\`) and record the new fingerprint`,
      ).toBe(recorded[key]);
    },
  );
});
