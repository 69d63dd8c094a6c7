import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { PDF_FONT_SUBSETS } from "~/prep/pdf-layout";
import { woffToSfnt } from "./woff-to-sfnt";

/**
 * The PDF's fonts (PDF_FONT_SUBSETS), of which only the glyphs used are embedded. Static
 * .woff files, unpacked once to TrueType in memory because fontkit reads WOFF slowly (see
 * woff-to-sfnt.ts).
 */
export const PDF_FONT_WEIGHTS = [400, 600, 700] as const;

function fontSource(subset: string, weight: number): string {
  const file = path.join(
    process.cwd(),
    "node_modules/@fontsource/inter/files",
    `inter-${subset}-${weight}-normal.woff`,
  );
  return `data:font/ttf;base64,${woffToSfnt(readFileSync(file)).toString("base64")}`;
}

/**
 * Once per process. react-pdf's font store is one per process, but this module may be bundled
 * twice (the boot warm-up and the route): registering again would drop the fonts already read.
 */
export function registerPdfFonts(): void {
  if (Font.getRegisteredFontFamilies().includes(PDF_FONT_SUBSETS[0][0])) return;
  for (const [family, subset] of PDF_FONT_SUBSETS) {
    Font.register({
      family,
      fonts: PDF_FONT_WEIGHTS.map((fontWeight) => ({
        src: fontSource(subset, fontWeight),
        fontWeight,
      })),
    });
  }
  // Words are not split across lines: a therapist reads partners' words as they wrote them.
  Font.registerHyphenationCallback((word) => [word]);
}
