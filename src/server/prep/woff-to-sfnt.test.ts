import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { woffToSfnt } from "./woff-to-sfnt";

const woff = readFileSync(
  path.join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-400-normal.woff"),
);

test("unpacks a WOFF into the sfnt it wraps: same tables, full length, readable head", () => {
  const sfnt = woffToSfnt(woff);
  const numTables = woff.readUInt16BE(12);
  expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
  expect(sfnt.readUInt16BE(4)).toBe(numTables);
  // The WOFF header says how long the unpacked font is.
  expect(sfnt.length).toBe(woff.readUInt32BE(16));
  const records = Array.from({ length: numTables }, (_, i) => ({
    tag: sfnt.toString("latin1", 12 + i * 16, 16 + i * 16),
    offset: sfnt.readUInt32BE(20 + i * 16),
    length: sfnt.readUInt32BE(24 + i * 16),
  }));
  expect(records.map((r) => r.tag)).toEqual(expect.arrayContaining(["head", "glyf", "cmap"]));
  for (const r of records) expect(r.offset % 4).toBe(0);
  const head = records.find((r) => r.tag === "head")!;
  expect(sfnt.readUInt32BE(head.offset + 12)).toBe(0x5f0f3cf5);
});

test("refuses what is not a WOFF 1.0 font", () => {
  expect(() => woffToSfnt(Buffer.from("wOF2 and so on"))).toThrow("not a WOFF 1.0 font");
});
