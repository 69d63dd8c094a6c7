import { expect, test } from "vitest";
import { logSafeError } from "./log-safe-error";

test("a failed query is logged by the database's message and code, never its parameters", () => {
  const driver = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
    code: "23505",
  });
  const wrapped = new Error(
    "Failed query: insert into entries ... params: I felt so alone last night",
    { cause: driver },
  );
  const line = logSafeError(new Error("outer", { cause: wrapped }));
  expect(line).toBe('Error [23505]: duplicate key value violates unique constraint "x"');
  expect(line).not.toContain("alone");
});

test("a bare failed query says only that", () => {
  expect(logSafeError(new Error("Failed query: select secret\nparams: words"))).toBe(
    "Error: query failed",
  );
});
