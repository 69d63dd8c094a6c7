import { execFileSync } from "node:child_process";

/** The names of the files in a zip, read back with Info-ZIP's `unzip` (as a person would). */
export function zipEntries(zipPath: string): string[] {
  return execFileSync("unzip", ["-Z1", zipPath], { encoding: "utf8" }).trim().split("\n");
}

/** One file of a zip, as text. */
export function zipText(zipPath: string, name: string): string {
  return execFileSync("unzip", ["-p", zipPath, name], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** RFC 4180 CSV into rows of cells: quoted cells may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
