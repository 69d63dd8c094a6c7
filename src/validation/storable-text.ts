/** NUL, which PostgreSQL text cannot hold, and a half of a surrogate pair, which is not text. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  "This text has a character that cannot be saved (often from a copy and paste). Remove it and try again.";

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

/**
 * The path of the first string (value or object key) in `value` that cannot be stored, or null.
 * Walks with a stack of its own: input nested thousands deep (a few kilobytes of "[[[[…") must be
 * refused or passed, not overflow the call stack into a server error.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string[] | null {
  const pending: Visit[] = [{ value, key: null, parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (typeof visit.value === "string") {
      if (!isStorableText(visit.value)) return [...path, ...pathOf(visit)];
      continue;
    }
    const children: Visit[] = [];
    if (Array.isArray(visit.value)) {
      for (const [index, item] of visit.value.entries())
        children.push({ value: item, key: String(index), parent: visit });
    } else if (visit.value && typeof visit.value === "object" && !(visit.value instanceof Date)) {
      for (const [key, item] of Object.entries(visit.value)) {
        // A key is looked at before what it holds; both have the key's path.
        children.push({ value: key, key, parent: visit });
        children.push({ value: item, key, parent: visit });
      }
    }
    // Reversed onto the stack, so the first child is looked at first.
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]!);
  }
  return null;
}

function pathOf(visit: Visit): string[] {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at?.key != null; at = at.parent) keys.push(at.key);
  return keys.reverse();
}
