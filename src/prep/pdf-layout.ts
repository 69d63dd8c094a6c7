/**
 * The size the PDF asks the chart models for: half a text column wide, two abreast. Same models,
 * same code, same data as the page, laid out for paper so labels keep their room at 7.5 pt.
 */
export const PDF_CHART_SIZE = { width: 330, height: 170 };

/**
 * Inter from @fontsource/inter, embedded in every PDF: Latin first, then fallbacks for names and
 * words such as "Łucja", "Dũng", "Алёна" or "Νίκος". Family name, then @fontsource subset.
 */
export const PDF_FONT_SUBSETS = [
  ["Inter", "latin"],
  ["Inter Extended", "latin-ext"],
  ["Inter Cyrillic", "cyrillic"],
  ["Inter Greek", "greek"],
] as const;

export const PDF_FONT = PDF_FONT_SUBSETS.map(([family]) => family);
