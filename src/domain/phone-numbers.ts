/**
 * Phone numbers inside free text ("Jo (sister) 07700 900456"), so a page can make each one a
 * tap-to-call link and leave the words around it as they are.
 */

export type TextPiece = { text: string; tel?: undefined } | { text: string; tel: string };

// A run of at least 3 digits, allowing spaces, dots, dashes and brackets between them, and a + first.
const PHONE = /\+?\d[\d\s().-]{1,}\d/g;

/** The `tel:` address for a number as written: its digits, and a leading + if it had one. */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d]/g, "");
  return `tel:${number.trim().startsWith("+") ? "+" : ""}${digits}`;
}

/** The text split into plain pieces and phone numbers (with their `tel:` address). */
export function phonePieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, "");
    if (digits.length < 3) continue;
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: match[0], tel: telHref(match[0]) });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
