/**
 * A practice's crisis text as a person reads it on a phone: every phone number becomes a
 * tap-to-call link and "text WORD to 12345" a tap-to-text link. The practice writes plain text;
 * this finds the numbers in it, so its own wording and lines work too.
 */
export type CrisisPart =
  | { kind: "text"; text: string }
  | { kind: "call"; text: string; href: string }
  | { kind: "sms"; text: string; href: string };

// "text START to 88788": the keyword is a single word, the number a short code or phone number.
const TEXT_KEYWORD = /\btext\s+([A-Za-z0-9]+)\s+to\s+(\+?\d[\d\s-]{1,18}\d)/gi;
// A phone number: digits with spaces, hyphens, dots or brackets between them, optional +.
const PHONE = /(?:\+|\b)\(?\d[\d\s().-]*\d\b/g;
const MIN_DIGITS = 3;
const MAX_DIGITS = 15;

/** What a phone dials: digits, a leading + kept, and the "(0)" written inside a +44 number dropped. */
function digitsOf(number: string): string {
  const international = number.trim().startsWith("+");
  const dialled = international ? number.replace("(0)", "") : number;
  return (international ? "+" : "") + dialled.replace(/\D/g, "");
}

function callParts(text: string): CrisisPart[] {
  const parts: CrisisPart[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE)) {
    const raw = match[0];
    const count = raw.replace(/\D/g, "").length;
    if (count < MIN_DIGITS || count > MAX_DIGITS) continue;
    const start = match.index;
    if (start > at) parts.push({ kind: "text", text: text.slice(at, start) });
    parts.push({ kind: "call", text: raw, href: `tel:${digitsOf(raw)}` });
    at = start + raw.length;
  }
  if (at < text.length) parts.push({ kind: "text", text: text.slice(at) });
  return parts;
}

export function crisisLinks(text: string): CrisisPart[] {
  const parts: CrisisPart[] = [];
  let at = 0;
  for (const match of text.matchAll(TEXT_KEYWORD)) {
    const [whole, keyword, number] = match as unknown as [string, string, string];
    const start = match.index;
    parts.push(...callParts(text.slice(at, start)));
    parts.push({
      kind: "sms",
      text: whole,
      href: `sms:${digitsOf(number)}?body=${encodeURIComponent(keyword)}`,
    });
    at = start + whole.length;
  }
  parts.push(...callParts(text.slice(at)));
  return parts;
}
