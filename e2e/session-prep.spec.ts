import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { couples } from "../src/server/db/schema";
import { recordTherapySession } from "../src/server/therapy-sessions/therapy-sessions";
import { seedCouple } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

const tablet = { width: 768, height: 1024 };

/** A date `days` before today in New York, as the session form takes it. */
function daysAgoInNewYork(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString("en-CA", {
    timeZone: "America/New_York",
  });
}

test("session prep at 768 px: filters folded to one line, legible chart labels, a PDF that leads with what matters", async ({
  page,
}, testInfo) => {
  // Seeding ten weeks of history and rendering the PDF: the longer limit of the PDF journeys.
  test.setTimeout(180_000);
  const therapistEmail = uniqueEmail("therapist");
  const sessionOn = daysAgoInNewYork(6);
  const { practiceId, coupleId } = await seedCouple(
    {
      therapistEmail,
      timeZone: "America/New_York",
      withHistory: true,
      partners: [
        { displayName: "Morgan Reyes", email: uniqueEmail("morgan") },
        { displayName: "Jordan Tate", email: uniqueEmail("jordan") },
      ],
    },
    async (db, ids) => {
      const [couple] = await db.select().from(couples).where(eq(couples.id, ids.coupleId));
      const scope = {
        practiceId: ids.practiceId,
        userId: couple!.therapistUserId,
        role: "owner" as const,
      };
      await recordTherapySession(db, scope, {
        coupleId: ids.coupleId,
        sessionOn,
        notes: "Slowed the Sunday planning fight down.",
      });
    },
  );
  await page.setViewportSize(tablet);
  await signInByEmail(page, therapistEmail);
  const timelineUrl = `/p/${practiceId}/couples/${coupleId}/timeline`;
  await page.goto(timelineUrl);

  await test.step("the filters are one line until asked for", async () => {
    const bar = page.getByTestId("timeline-filters");
    await expect(page.getByTestId("filter-summary")).toHaveText(
      "Since last session · all kinds · both partners",
    );
    await expect(page.getByRole("search", { name: "Filter the timeline" })).toBeHidden();
    const summary = bar.locator("summary");
    const box = await summary.boundingBox();
    // One line of text in its padding (a wrapped line would be about 24 px taller).
    expect(box!.height).toBeLessThan(56);
    await summary.getByText("Change").click();
    await expect(page.getByRole("search", { name: "Filter the timeline" })).toBeVisible();
    await expectAccessible(page);
    await summary.click();
    await expect(page.getByRole("search", { name: "Filter the timeline" })).toBeHidden();
  });

  await test.step("charts cover eight weeks or more, the period shaded, the session marked, labels legible", async () => {
    const charts = page.getByRole("region", { name: "Week by week" });
    const hurts = charts.getByTestId("chart-hurts");
    await expect(hurts.locator('[data-mark="period"]')).toHaveCount(1);
    await expect(hurts.locator('[data-mark="session"]')).toHaveCount(1);
    // Rendered size of the axis labels: at 768 px one chart a row, so they read at 12 px or more.
    const sizes = await charts
      .locator("svg[role=img] text")
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });

  await test.step("the PDF is named by initials and date, and page 1 leads with focus, notes and numbers", async () => {
    const href = await page
      .getByRole("link", { name: "Download session-prep PDF" })
      .getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const today = daysAgoInNewYork(0);
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename="session-prep-MR-JT-${today}.pdf"`,
    );
    const file = testInfo.outputPath("prep.pdf");
    writeFileSync(file, await response.body());
    const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, " ");
    const at = ["Suggested focus", "Your notes from the last session", "Key numbers"].map((h) =>
      page1.indexOf(h),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(page1).toContain("Slowed the Sunday planning fight down.");
  });
});
