import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { entries } from "../src/server/db/schema";
import { parseCsv, zipEntries, zipText } from "../src/test/zip";
import { seedCouple } from "./seed";
import { expectAccessible, mailFromMailbox, signInByEmail, uniqueEmail } from "./support";

test("an owner exports the practice, watches it build, downloads it and reads it back", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const owner = uniqueEmail("export-owner");
  const { practiceId, coupleId, extra } = await seedCouple(
    { therapistEmail: owner, withHistory: true },
    async (db, ids) =>
      (await db.select({ id: entries.id }).from(entries).where(eq(entries.coupleId, ids.coupleId)))
        .length,
  );
  await signInByEmail(page, owner, `/p/${practiceId}/export`, { name: "Robin Hart" });
  await page.goto(`/p/${practiceId}/export`);
  await expect(page.getByRole("heading", { name: "Export the practice" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Export the practice" }).click();
  await expect(
    page.getByText(/Waiting to start|Building: \d+ of \d+ tables|Ready \(/),
  ).toBeVisible();
  await expect(page.getByText(/Ready \(/)).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^attune-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await download.path();
  expect(zipEntries(zip)).toEqual(
    expect.arrayContaining(["couples.csv", "entries.csv", "export.json"]),
  );
  const [, ...couples] = parseCsv(zipText(zip, "couples.csv"));
  expect(couples.map((row) => row[0])).toEqual([coupleId]);
  const [, ...rows] = parseCsv(zipText(zip, "entries.csv"));
  expect(rows).toHaveLength(extra);
  expect(extra).toBeGreaterThan(0);
  const manifest = JSON.parse(zipText(zip, "export.json")) as {
    files: { file: string; rows: number }[];
  };
  expect(manifest.files.find((f) => f.file === "entries.csv")?.rows).toBe(extra);

  // The email says only that it is ready, with a link to the page.
  const mail = await mailFromMailbox(page, owner, /practice export is ready/i);
  await expect(mail).not.toContainText("Alex");
  await expect(mail.getByRole("link").first()).toHaveAttribute(
    "href",
    new RegExp(`/p/${practiceId}/export$`),
  );
  await page.goto(`/p/${practiceId}/export`);
  await expect(page.getByText(/Ready \(.*downloaded/)).toBeVisible();
});

test("an owner sees the caseload balance and opens a therapist's caseload from it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const owner = uniqueEmail("balance-owner");
  const { practiceId } = await seedCouple({ therapistEmail: owner, withHistory: true });
  await signInByEmail(page, owner, `/p/${practiceId}`, { name: "Robin Hart" });
  await page
    .getByRole("navigation", { name: "Practice" })
    .getByRole("link", { name: "Balance" })
    .click();
  await expect(page.getByRole("heading", { name: "Caseload balance" })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row", { name: /Robin Hart/ });
  await expect(row.getByRole("cell").first()).toHaveText("1");
  await row.getByRole("link", { name: /Review or reassign/ }).click();
  await expect(page).toHaveURL(/\?therapist=.*sort=attention/);
  await expect(page.getByRole("heading", { name: "Practice caseload" })).toBeVisible();
  await expect(page.getByText("Alex & Sam")).toBeVisible();
});
