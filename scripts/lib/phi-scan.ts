/**
 * The PHI scan: after a whole journey run, nothing a partner wrote and no partner's name may be
 * in the server's logs, in any email or in any URL the browser asked for. Pure: the sources are
 * gathered elsewhere (scripts/lib/phi-sources.ts).
 */

export interface PhiNeedle {
  text: string;
  /** How a hit names it without repeating it: "partner name #3", "entry text #12". */
  label: string;
  /** Names match as whole words with their case ("Alex", not "alex-1f2e@example.test"). */
  wholeWord: boolean;
}

export interface Haystack {
  /** Where it came from: a file, "mailbox email <id>", "browser URL (netlog-….json)". */
  source: string;
  text: string;
  /** URLs are also searched decoded (%20 and + as spaces). */
  isUrl?: boolean;
}

export interface PhiHit {
  source: string;
  /** "line 12" */
  location: string;
  label: string;
  /** The line around the hit with every needle replaced by its label. */
  excerpt: string;
}

/** Shorter than this, a name matches too much by chance ("Sam", "Jo") and is not searched for. */
const MIN_NAME_LENGTH = 4;
/**
 * Entry text searched for: answers typed by a partner, i.e. strings with a space and at least
 * this long. Chosen options are stored as one-word codes ("turned_toward"), never searched for.
 */
const MIN_TEXT_LENGTH = 12;

/** The needles from the database's partners' names and entries' answers, by the rules above. */
export function phiNeedles(names: string[], answers: string[]): PhiNeedle[] {
  const needles: PhiNeedle[] = [];
  const seen = new Set<string>();
  const add = (text: string, label: string, wholeWord: boolean) => {
    if (seen.has(text)) return;
    seen.add(text);
    needles.push({ text, label: `${label} #${needles.length + 1}`, wholeWord });
  };
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length >= MIN_NAME_LENGTH) add(trimmed, "partner name", true);
  }
  for (const answer of answers) {
    const trimmed = answer.trim();
    if (trimmed.length >= MIN_TEXT_LENGTH && /\s/.test(trimmed)) add(trimmed, "entry text", false);
  }
  // Longest first, so a redaction never leaves half of a longer needle behind.
  return needles.sort((a, b) => b.text.length - a.text.length);
}

/** Every string inside a JSON value (an entry's payload). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function matcher(needle: PhiNeedle): RegExp {
  const body = escapeRegExp(needle.text);
  return needle.wholeWord
    ? new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, "gu")
    : new RegExp(body, "g");
}

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, " "));
  } catch {
    return url;
  }
}

/** Every place a needle appears, with the line redacted. */
export function scanForPhi(needles: PhiNeedle[], haystacks: Haystack[]): PhiHit[] {
  const patterns = needles.map((needle) => ({ needle, pattern: matcher(needle) }));
  const redact = (line: string) =>
    patterns.reduce(
      (text, { needle, pattern }) => text.replace(pattern, `[${needle.label}]`),
      line,
    );
  const hits: PhiHit[] = [];
  for (const haystack of haystacks) {
    const lines = haystack.text.split("\n");
    lines.forEach((raw, index) => {
      const variants = haystack.isUrl ? [raw, decodedUrl(raw)] : [raw];
      for (const { needle, pattern } of patterns) {
        const line = variants.find((variant) => variant.match(pattern));
        if (!line) continue;
        hits.push({
          source: haystack.source,
          location: `line ${index + 1}`,
          label: needle.label,
          excerpt: excerptAround(redact(line), `[${needle.label}]`),
        });
      }
    });
  }
  return hits;
}

function excerptAround(line: string, marker: string): string {
  const at = Math.max(0, line.indexOf(marker));
  const start = Math.max(0, at - 60);
  const end = Math.min(line.length, at + marker.length + 60);
  return `${start > 0 ? "…" : ""}${line.slice(start, end)}${end < line.length ? "…" : ""}`;
}
