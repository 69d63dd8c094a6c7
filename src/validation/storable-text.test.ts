import { describe, expect, test } from "vitest";
import { findUnstorableText } from "./storable-text";

function nestedArrays(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe("findUnstorableText", () => {
  test("names the first field holding a NUL or half a surrogate pair, keys included", () => {
    expect(findUnstorableText({ a: "fine", b: ["ok", "x\u0000"] })).toEqual(["b", "1"]);
    expect(findUnstorableText({ a: { "bad\uD800": 1 } })).toEqual(["a", "bad\uD800"]);
    expect(findUnstorableText({ a: "\uD83D\uDE00", b: [1, null, true] })).toBeNull();
    expect(findUnstorableText(["\uDC00", "\u0000"])).toEqual(["0"]);
  });

  // Found by the fuzz: 20,000 nested arrays overflowed the call stack, a server error for all.
  test("walks input nested 100,000 deep without overflowing the stack", () => {
    expect(findUnstorableText(nestedArrays(100_000, "fine"))).toBeNull();
    const found = findUnstorableText(nestedArrays(100_000, "\u0000"));
    expect(found).toHaveLength(100_000);
  });
});
