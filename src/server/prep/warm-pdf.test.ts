import { Font } from "@react-pdf/renderer";
import { expect, test } from "vitest";
import { PDF_FONT } from "~/prep/pdf-layout";
import { PDF_FONT_WEIGHTS, registerPdfFonts } from "./pdf-fonts";
import { warmPdfRenderer } from "./warm-pdf";

const loaded = () =>
  PDF_FONT.flatMap((fontFamily) =>
    PDF_FONT_WEIGHTS.map((fontWeight) => Font.getFont({ fontFamily, fontWeight })),
  );

test("the boot warm-up renders and reads every font the PDF embeds, and later renders keep them", async () => {
  await warmPdfRenderer();
  const fonts = loaded();
  expect(fonts).toHaveLength(PDF_FONT.length * PDF_FONT_WEIGHTS.length);
  for (const font of fonts) expect(font?.data).toBeTruthy();
  // The route registers the fonts again before each render: that must not drop what was read.
  registerPdfFonts();
  expect(loaded()).toEqual(fonts);
  loaded().forEach((font, i) => expect(font).toBe(fonts[i]));
}, 120_000);
