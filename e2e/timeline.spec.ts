import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { seedCouple } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

const phone = { width: 375, height: 812 };

/** A practice, its therapist, and Alex & Sam with ten weeks of homework from both of them. */
async function seedCoupleWithHistory(therapistEmail: string) {
  const seeded = await seedCouple({
    therapistEmail,
    timeZone: "America/New_York",
    withHistory: true,
  });
  expect(seeded.seeded).toBeGreaterThan(50);
  return seeded;
}

const charts = (page: Page) => page.getByRole("region", { name: "Week by week" });
const keyNumber = (page: Page, id: string) => page.getByTestId(`key-${id}`).innerText();

async function chartSummaries(page: Page): Promise<string[]> {
  return charts(page)
    .getByRole("img")
    .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("aria-label") ?? ""));
}

/** Unfold the filters, folded to one line until asked for. */
async function openFilters(page: Page) {
  const form = page.getByRole("search", { name: "Filter the timeline" });
  if (!(await form.isVisible()))
    await page.getByTestId("timeline-filters").locator("summary").click();
  await expect(form).toBeVisible();
  return form;
}

/** Change the filter form, submit it, and wait for the page of the new URL. */
async function applyFilters(page: Page, choose: () => Promise<void>, url: RegExp) {
  const form = await openFilters(page);
  await choose();
  await form.getByRole("button", { name: "Show timeline" }).click();
  await page.waitForURL(url);
}

/** A date `days` before today in New York, as the date field takes it. */
function daysAgoInNewYork(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString("en-CA", {
    timeZone: "America/New_York",
  });
}

function pdfText(file: string): { pages: number; text: string } {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { pages, text: text.replace(/[ \t]+/g, " ") };
}

test("timeline: charts with data, filters that change them, highlights that open their entries, a prep PDF that matches", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const therapistEmail = uniqueEmail("therapist");
  const { practiceId, coupleId } = await seedCoupleWithHistory(therapistEmail);
  await signInByEmail(page, therapistEmail);

  await test.step("the couple's page leads to the timeline", async () => {
    await page.goto(`/p/${practiceId}/couples/${coupleId}`);
    await page.getByRole("link", { name: "Pattern timeline" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Alex & Sam: pattern timeline" }),
    ).toBeVisible();
    await expect(page.getByText(/No session is recorded yet/)).toBeVisible();
  });

  await test.step("the weekly charts are drawn with data", async () => {
    await expect(charts(page).getByRole("img")).toHaveCount(6);
    expect(await charts(page).locator('[data-mark="bar"]').count()).toBeGreaterThan(0);
    expect(await charts(page).locator('[data-mark="line"]').count()).toBeGreaterThan(0);
    expect(Number(await keyNumber(page, "hurts"))).toBeGreaterThan(0);
    await expect(page.getByTestId("lane-entry").first()).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("a longer period and then one kind change the charts and numbers", async () => {
    const fourWeeks = {
      hurts: Number(await keyNumber(page, "hurts")),
      charts: await chartSummaries(page),
    };
    await applyFilters(
      page,
      () => page.getByRole("radio", { name: "12 weeks" }).check(),
      /range=12w/,
    );
    await expect
      .poll(async () => Number(await keyNumber(page, "hurts")))
      .toBeGreaterThan(fourWeeks.hurts);
    expect(await chartSummaries(page)).not.toEqual(fourWeeks.charts);

    const twelveWeeks = await chartSummaries(page);
    await applyFilters(
      page,
      () => page.getByRole("checkbox", { name: "Bids for connection" }).check(),
      /kind=bid/,
    );
    await expect(page.getByTestId("key-hurts")).toHaveText("0");
    expect(await chartSummaries(page)).not.toEqual(twelveWeeks);
    await openFilters(page);
    await page.getByRole("link", { name: "Reset filters" }).click();
    await page.waitForURL(/\/timeline$/);
  });

  await test.step("a highlight opens the entries behind it, with their answers", async () => {
    await applyFilters(
      page,
      () => page.getByRole("radio", { name: "12 weeks" }).check(),
      /range=12w/,
    );
    // What rests on a partner's private entries says so before anyone reads it aloud.
    await expect(page.getByTestId("highlight").getByTestId("private-note").first()).toContainText(
      /^PrivateFrom (Alex's|Sam's|both partners') private entries$/,
    );
    await expect(page.getByRole("list", { name: "Suggested focus" })).toBeVisible();
    await expect(page.getByTestId("cycle-loop")).toContainText(/^The more (Alex|Sam) pushes/);
    const highlight = page
      .getByTestId("highlight")
      .filter({ has: page.getByRole("link") })
      .first();
    await expect(highlight).toBeVisible();
    const link = highlight.getByRole("link", { name: /Open its/ });
    const count = Number(/(\d+) entries/.exec(await link.innerText())?.[1] ?? 1);
    await link.click();
    const opened = page.locator("details[data-asked-for][open]");
    await expect(opened).toHaveCount(count);
    await expect(opened.first()).toBeInViewport();
    await expect(opened.first().locator("dl")).toBeVisible();
    await expectAccessible(page);
  });

  const sessionOn = daysAgoInNewYork(14);
  await test.step("a recorded session starts the period since the last session", async () => {
    const form = page.getByRole("form", { name: "Record a session" });
    await form.getByLabel("Session date").fill(sessionOn);
    await form.getByLabel("Private notes").fill("Talked about phones at dinner.");
    await form.getByRole("button", { name: "Record session" }).click();
    await expect(page.getByRole("heading", { name: /^Session on / })).toBeVisible();
    await expect(page.getByText("Talked about phones at dinner.")).toBeVisible();
    await page.goto(`/p/${practiceId}/couples/${coupleId}/timeline?range=since_last_session`);
    await expect(page.getByText(/since the session on/)).toBeVisible();
    await expect(page.getByText(/No session is recorded yet/)).toHaveCount(0);
  });

  await test.step("the prep PDF carries the couple, the period and the page's key numbers", async () => {
    const period = await page.getByTestId("period").innerText();
    // Each as "label value", the way the PDF's key-number table reads in pdftotext's layout.
    const numbers: string[] = [];
    for (const id of ["hurts", "repair-rate", "toward-made", "csi-1", "csi-2", "completion-1"])
      numbers.push(
        `${await page.getByTestId(`key-${id}-label`).innerText()} ${await keyNumber(page, id)}`,
      );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download session-prep PDF" }).click(),
    ]);
    const name = download.suggestedFilename();
    // Initials and the date from Content-Disposition, never a name.
    expect(name).toMatch(/^session-prep-A-S-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(name).not.toMatch(/alex|sam/i);
    const file = testInfo.outputPath(name);
    await download.saveAs(file);
    const { pages, text } = pdfText(file);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain("Alex & Sam");
    expect(text).toContain(period);
    for (const row of numbers) expect(text).toContain(row);
  });

  await test.step("on a phone the lanes stack, each entry naming its partner", async () => {
    await page.setViewportSize(phone);
    await page.reload();
    const first = page.getByTestId("lane-entry").first();
    await expect(first).toBeVisible();
    await expect(first).toContainText(/Alex|Sam/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
