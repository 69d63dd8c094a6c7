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
