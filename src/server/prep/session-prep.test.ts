import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { practices } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { auditTrail, seedPractice } from "~/test/factories";
import { fixtureRange, seedTimelineFixture } from "~/test/timeline-fixture";
import { sessionPrepDownload } from "./prep-download";

const db = testDatabase();
const run = promisify(execFile);
const query = new URLSearchParams(fixtureRange);

/** What poppler reads in a PDF: page count and size, the text of every page, the fonts. */
async function readPdf(pdf: Buffer) {
  const dir = await mkdtemp(path.join(tmpdir(), "prep-"));
  const file = path.join(dir, "prep.pdf");
  await writeFile(file, pdf);
  const info = (await run("pdfinfo", [file])).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = (await run("pdftotext", ["-layout", file, "-"])).stdout;
  const firstPage = (await run("pdftotext", ["-layout", "-f", "1", "-l", "1", file, "-"])).stdout;
  const fonts = (await run("pdffonts", [file])).stdout;
  const pageTexts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const args = ["-layout", "-f", String(page), "-l", String(page), file, "-"];
    pageTexts.push((await run("pdftotext", args)).stdout);
  }
  await rm(dir, { recursive: true, force: true });
  return { info, pages, text, firstPage, fonts, pageTexts };
}

const SECTION_HEADINGS = [
  "Suggested focus",
  "Your notes from the last session",
  "Key numbers",
  "Week by week",
  "What stood out",
  "The cycle this period",
  "Open homework",
];

/** Section headings that are the last thing on a page before its footer. */
function headingsAloneAtPageEnd(pageTexts: string[]): string[] {
  return pageTexts.flatMap((page) => {
    const lines = page
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !/Page \d+ of \d+$/.test(line));
    const last = lines.at(-1) ?? "";
    return SECTION_HEADINGS.filter((heading) => last.startsWith(heading));
  });
}

async function scene() {
  const f = await seedTimelineFixture(db);
  const { p, coupleId } = f;
  await p.therapist.api.therapySessions.record({
    practiceId: p.practiceId,
    coupleId,
    sessionOn: "2026-03-01",
    notes: "Slowed down the Sunday planning fight; Sam named feeling chased.",
  });
  const couple = await p.therapist.api.couples.get({ practiceId: p.practiceId, coupleId });
  const params = { practiceId: p.practiceId, coupleId };
  return { ...f, label: couple.label, params };
}

describe("session-prep PDF", () => {
  test("page 1 leads with safety, suggested focus, the last notes and key numbers; then homework, charts, highlights in the partners' words, the cycle", async () => {
    const { p, params, label, coupleId } = await scene();
    const result = await sessionPrepDownload(db, p.therapist.user, params, query);
    if (result.status !== 200) throw new Error(`status ${result.status}`);
    // Initials and the date: a download folder shows no partner's name.
    expect(result.fileName).toBe("session-prep-A-S-2026-03-15.pdf");
    for (const name of ["Alex", "Sam", label]) expect(result.fileName).not.toContain(name);

    const pdf = await readPdf(result.pdf);
    if (process.env.KEEP_PREP_PDF) await writeFile(process.env.KEEP_PREP_PDF, result.pdf);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.info).toMatch(/Page size:\s+612 x 792/);
    expect(pdf.fonts).toMatch(/Inter.*yes/);
    const page1 = pdf.firstPage.replace(/\s+/g, " ");
    const order = [
      "Safety: 1 open flag",
      "Suggested focus",
      "Your notes from the last session (Mar 1, 2026)",
      "Slowed down the Sunday planning fight; Sam named feeling chased.",
      "Key numbers",
    ].map((heading) => page1.indexOf(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Everything else comes after them.
    const weekByWeek = pdf.text.replace(/\s+/g, " ").indexOf("Week by week");
    expect(pdf.text.replace(/\s+/g, " ").indexOf("Key numbers")).toBeLessThan(weekByWeek);
    expect(page1).not.toContain("What stood out");
    expect(page1).toContain(label);
    expect(page1).toContain("Mar 2, 2026 – Mar 15, 2026");
    expect(page1).toContain("Feb 16, 2026 – Mar 1, 2026");
    expect(page1).toContain("Snapped at me.");
    expect(page1).toContain("Sam · private · Mar 11, 2026 · 8:00 AM");
    expect(page1).toMatch(/Micro-hurts logged 4 2 up 2/);
    expect(page1).toMatch(/Hurts repaired 75% 50% up 25 points/);
    expect(page1).toMatch(/Median time to repair 1 ?h 2 ?h shorter by 1 ?h/);
    expect(page1).toMatch(/Bids made: turned toward 50% — —/);
    expect(page1).toMatch(/Bids received: turned toward — — —/);
    expect(page1).toMatch(/CSI-4, Alex \(latest\) 12 16 down 4/);
    expect(page1).toMatch(new RegExp(`Page 1 of ${pdf.pages}`));

    const text = pdf.text.replace(/\s+/g, " ");
    for (const title of ["Micro-hurts per week", "Week by week", "What stood out"]) {
      expect(text).toContain(title);
    }
    // The charts cover eight weeks ending with the period, the period shaded, sessions marked.
    expect(text).toContain(
      "Jan 19, 2026 – Mar 15, 2026: the period is shaded, a dashed line marks each session.",
    );
    expect(text).toMatch(/Jan 26 +Feb 9 +Feb 23 +Mar 9/);
    expect(text).toContain("This period");
    // the chart models' own marks: the repair chart's median labels, the right-hand axis
    expect(text).toMatch(/30 ?min/);
    expect(text).toMatch(/1 ?h 15 ?min/);
    expect(text).toContain("Mean intensity (0–10, right axis)");
    expect(text).toContain("“Scrolled while I talked.” Alex · shared with partner");
    expect(text).toContain("“Phone at dinner.” Alex · private");
    expect(text).toContain("Mostly pursued");
    expect(text).toContain(
      "The more Alex pushes, the more Sam pulls back, and the more Sam pulls back, the more Alex pushes.",
    );
    expect(text).toContain("“If I don't push, nothing changes.”");
    expect(text).toContain("Slowed down the Sunday planning fight; Sam named feeling chased.");
    expect(text.indexOf("Key numbers")).toBeLessThan(text.indexOf("Open homework"));
    expect(text.indexOf("Open homework")).toBeLessThan(text.indexOf("Week by week"));
    expect(text.indexOf("What stood out")).toBeLessThan(text.indexOf("The cycle this period"));
    // What rests on one partner's private entries is marked, in the highlights and the focus.
    expect(text).toContain("Urgent: Sam marked an entry");
    expect(text.match(/Private: from Sam's private entries/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Source: Funk, J. L., & Rogge, R. D. (2007)");
    expect(text).toContain("not comparable with published rates");

    expect(headingsAloneAtPageEnd(pdf.pageTexts)).toEqual([]);

    const [event] = (await auditTrail(db, p.practiceId)).slice(-1);
    expect(event).toMatchObject({
      action: "prep.exported",
      subjectType: "couple",
      coupleId,
      actorUserId: p.therapist.user.id,
      details: { from: "2026-03-02", to: "2026-03-15" },
    });
  });

  test("is laid out on A4 when the practice says so", async () => {
    const { p, params } = await scene();
    await db.update(practices).set({ pdfPageSize: "A4" }).where(eq(practices.id, p.practiceId));
    const result = await sessionPrepDownload(db, p.therapist.user, params, query);
    if (result.status !== 200) throw new Error(`status ${result.status}`);
    expect((await readPdf(result.pdf)).info).toMatch(/Page size:\s+595\.2\d x 841\.8\d/);
  });

  test("writes every date in the practice's international style when it says so", async () => {
    const { p, params } = await scene();
    await db
      .update(practices)
      .set({ dateStyle: "international" })
      .where(eq(practices.id, p.practiceId));
    const result = await sessionPrepDownload(db, p.therapist.user, params, query);
    if (result.status !== 200) throw new Error(`status ${result.status}`);
    const page1 = (await readPdf(result.pdf)).firstPage.replace(/\s+/g, " ");
    expect(page1).toContain("2 Mar 2026 – 15 Mar 2026");
    expect(page1).toContain("16 Feb 2026 – 1 Mar 2026");
    expect(page1).toContain("Sam · private · 11 Mar 2026 · 08:00");
    expect(page1).not.toMatch(/ (AM|PM)\b/);
  });

  test("outsider, wrong therapist, malformed id: 404 and nothing audited; signed out: 401", async () => {
    const { p, params } = await scene();
    const outsider = await seedPractice(db);
    const before = await auditTrail(db, p.practiceId);
    const attempts = [
      sessionPrepDownload(db, outsider.owner.user, params, query),
      sessionPrepDownload(db, p.otherTherapist.user, params, query),
      sessionPrepDownload(db, p.therapist.user, { ...params, coupleId: "not-an-id" }, query),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toEqual({ status: 404 });
    expect(await sessionPrepDownload(db, null, params, query)).toEqual({ status: 401 });
    expect(await auditTrail(db, p.practiceId)).toEqual(before);
  });

  test("a half-given or backwards period is a 400 with a readable message", async () => {
    const { p, params } = await scene();
    const half = await sessionPrepDownload(
      db,
      p.therapist.user,
      params,
      new URLSearchParams({ from: "2026-03-02" }),
    );
    expect(half).toEqual({
      status: 400,
      message: "Give both dates of the period, as YYYY-MM-DD, or neither.",
    });
    const backwards = await sessionPrepDownload(
      db,
      p.therapist.user,
      params,
      new URLSearchParams({ from: "2026-03-10", to: "2026-03-01" }),
    );
    expect(backwards).toEqual({
      status: 400,
      message: "The end date must be on or after the start date.",
    });
  });
});
