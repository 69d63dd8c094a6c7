import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffToSfnt } from "./woff-to-sfnt";

/**
 * Inter from @fontsource/inter, embedded in every PDF (only the glyphs used). Latin first, then
 * fallbacks for names and words such as "Łucja", "Dũng", "Алёна" or "Νίκος"; static .woff files,
 * unpacked once to TrueType in memory because fontkit reads WOFF slowly (see woff-to-sfnt.ts).
 */
const subsets = [
  ["Inter", "latin"],
  ["Inter Extended", "latin-ext"],
  ["Inter Cyrillic", "cyrillic"],
  ["Inter Greek", "greek"],
] as const;

export const PDF_FONT = subsets.map(([family]) => family);

const weights = [400, 600, 700] as const;

function fontSource(subset: string, weight: number): string {
  const file = path.join(
    process.cwd(),
    "node_modules/@fontsource/inter/files",
    `inter-${subset}-${weight}-normal.woff`,
  );
  return `data:font/ttf;base64,${woffToSfnt(readFileSync(file)).toString("base64")}`;
}

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  for (const [family, subset] of subsets) {
    Font.register({
      family,
      fonts: weights.map((fontWeight) => ({ src: fontSource(subset, fontWeight), fontWeight })),
    });
  }
  // Words are not split across lines: a therapist reads partners' words as they wrote them.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
