import { describe, expect, test } from "vitest";
import { safeLogArgs } from "./safe-console";

describe("what the server logs", () => {
  test("a failed query keeps neither its SQL nor its parameters, nor a stack", () => {
    const driver = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: "22021",
    });
    const failed = new Error(
      "Failed query: select * from partners where display_name ilike $1\nparams: %Alex Rivera%",
      { cause: driver },
    );
    const [line] = safeLogArgs([failed]);
    expect(line).toBe('Error [22021]: invalid byte sequence for encoding "UTF8": 0x00');
    expect(String(line)).not.toContain("Alex");
  });

  test("text quoting a failed query is cut before it", () => {
    const [line] = safeLogArgs(["⨯ Failed query: select 1\nparams: Alex Rivera"]);
    expect(line).toBe("⨯ query failed");
  });

  test("ordinary lines pass unchanged", () => {
    expect(safeLogArgs(["[worker] queued 2 reminders", 3])).toEqual([
      "[worker] queued 2 reminders",
      3,
    ]);
  });
});
