/**
 * What a client must never see in an error: stack frames, file paths, SQL or the database's own
 * words, and JavaScript's. Returns what it found, or null.
 */
export function leaksInternals(text: string): string | null {
  for (const [what, pattern] of LEAK_PATTERNS) {
    if (pattern.test(text)) return what;
  }
  return null;
}

const LEAK_PATTERNS: [string, RegExp][] = [
  // "at fn (file:1:2)" or "at /path…": not a sentence such as "at most 240 idle minutes (4 hours)"
  ["a stack frame", /\bat [\w$.<>[\] ]+ \([^)]*:\d+(?::\d+)?\)|\bat (?:async )?(?:file:|node:|\/)/],
  ["a file path", /\.(?:ts|tsx|js|mjs|cjs):\d+|node_modules|\/src\/|webpack-internal/],
  [
    "SQL",
    /\b(?:select|insert into|update|delete from)\b[^"]{0,80}\b(?:from|where|values|set|returning)\b/i,
  ],
  [
    "the database's words",
    /violates|duplicate key|relation "|column "|syntax error at|invalid input syntax|failed query|current transaction is aborted|ECONNREFUSED|\bpg_/i,
  ],
  [
    "JavaScript's words",
    /TypeError|ReferenceError|RangeError|SyntaxError|Cannot read prop|is not a function|Maximum call stack|\[object Object\]/,
  ],
];
