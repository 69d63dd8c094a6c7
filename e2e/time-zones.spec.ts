import { expect, test } from "@playwright/test";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

test.use({ timezoneId: "America/Chicago" });

test("a practice created from a browser in Chicago starts in Chicago's zone, and so do its couples", async ({
  page,
}) => {
  await signInByEmail(page, uniqueEmail("chicago-owner"));
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();
  const zone = page.getByLabel("Time zone", { exact: true });
  await expect(zone).toHaveValue("America/Chicago");
  await expect(zone.locator("option:checked")).toHaveText(/Chicago — Central Time/);

  // The list narrows as you type, and the choice survives the narrowing.
  await page.getByLabel("Find a zone by city or name").fill("auckland");
  await expect(zone.locator("option")).toHaveText([/Chicago/, /Auckland/]);
  await page.getByLabel("Find a zone by city or name").fill("no such place");
  await expect(page.getByText("No time zone matches")).toBeVisible();
  await page.getByLabel("Find a zone by city or name").fill("");
  await expectAccessible(page);

  await page.getByLabel("Practice name").fill(`Prairie Practice ${Date.now()}`);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page.getByRole("heading", { name: "Practice caseload" })).toBeVisible();

  await page.getByRole("link", { name: "Add couple" }).first().click();
  await expect(page.getByLabel("Couple's time zone")).toHaveValue("America/Chicago");
});
