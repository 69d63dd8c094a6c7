import fc from "fast-check";

/** Text that has broken parsers, databases and renderers before. */
const NASTY_TEXT = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00",
  "\uDBFF\uDBFF",
  "\u202Eevil\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD",
  "\u0645\u0631\u062D\u0628\u0627",
  "\uFEFF",
  "\u200B\u200D",
  "\uFFFF\uFFFE",
  "e\u0301\u0301\u0301",
  "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
  "\uD835\uDD4F",
  "\r\n\t\v\f",
  "   ",
  "",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "'; drop table entries; --",
  "%00%ff",
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "\\",
  "NaN",
  "-0",
  "1e309",
  "2026-02-30",
  "9999-12-31",
  "0000-00-00",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "__proto__",
  "constructor",
  "toString",
  "Infinity",
];

/** Strings that are too long for any field (the HTTP body limit is 512 KiB). */
const hugeText = fc
  .tuple(
    fc.constantFrom(70_000, 600_000),
    fc.constantFrom("x", "é", "\uD83D\uDE00", "\u0000", "\uD800"),
  )
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const badText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_TEXT), fc.string({ maxLength: 20 }))
      .map(([nasty, text]) => `${text}${nasty}${text}`),
  },
  { weight: 1, arbitrary: hugeText },
);

/** Arrays or objects nested `depth` deep, built without recursion. */
function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i += 1) value = asObject ? { a: value } : [value];
  return value;
}

export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(50, 1_000, 20_000), fc.boolean())
  .map(([depth, asObject]) => nested(depth, asObject));

/** Keys that reach the prototype when a value is merged naively. */
const prototypeKeys: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  Object.create(null) as unknown,
);

/** A value of some other type than expected (what superjson can carry, and a bit more). */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.constantFrom(new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15)),
  fc.date(),
  fc.constant(new Map([["a", 1]])),
  fc.constant(new Set([1, 2])),
  fc.constant(/.*/),
  fc.constant(new URL("http://example.test/")),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  prototypeKeys,
);

/** Anything at all, including the shapes superjson can carry (Map, Set, Date, BigInt). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
});

/** Marks a field to delete rather than replace. */
const LEAVE_OUT: unique symbol = Symbol("leave out");

/** One wrong value for a field: bad text, another type, null, nesting, or left out. */
export const badFieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: badText },
  { weight: 3, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: fc.constant(LEAVE_OUT) },
);

/**
 * `value` with one thing wrong: the field (or array item) at the `pick`-th path replaced by `bad`,
 * or deleted, or, when `pick` lands past the paths, an unknown extra field added at the top.
 */
export function withOneFieldWrong(value: unknown, pick: number, bad: unknown): unknown {
  const paths = pathsIn(value);
  const copy = structuredCloneLoose(value);
  if (paths.length === 0 || pick % (paths.length + 1) === paths.length) {
    if (copy && typeof copy === "object" && !Array.isArray(copy))
      return { ...copy, unexpectedField: bad === LEAVE_OUT ? "extra" : bad };
    return bad === LEAVE_OUT ? undefined : bad;
  }
  const path = paths[pick % (paths.length + 1)]!;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], copy);
  const key = path[path.length - 1]!;
  const container = parent as Record<string, unknown>;
  if (bad === LEAVE_OUT) {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete container[key];
  } else container[key] = bad;
  return copy;
}

function pathsIn(value: unknown, path: string[] = []): string[][] {
  if (!value || typeof value !== "object") return [];
  return Object.keys(value).flatMap((key) => [
    [...path, key],
    ...pathsIn((value as Record<string, unknown>)[key], [...path, key]),
  ]);
}

/** A copy of plain objects and arrays (the generated values hold nothing else that is mutable). */
function structuredCloneLoose(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneLoose);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneLoose(v)]));
  }
  return value;
}
