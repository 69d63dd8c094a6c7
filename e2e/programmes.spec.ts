import { expect, test } from "@playwright/test";
import { seedCouple } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

test("a therapist makes their own programme, starts it for a couple today, and skips a week", async ({
  page,
}) => {
  const therapistEmail = uniqueEmail("programmes");
  const { practiceId, coupleId } = await seedCouple({ therapistEmail, timeZone: "UTC" });
  await signInByEmail(page, therapistEmail);

  await page.goto(`/p/${practiceId}/programmes`);
  await expect(page.getByRole("heading", { name: "Six weeks to reconnect" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Make our own version: Six weeks to reconnect" }).click();
  await expect(page.getByRole("heading", { name: /\(our version\)/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Week 1 title").fill("Starting gently");
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByText("Version 2")).toBeVisible();

  await page.goto(`/p/${practiceId}/couples/${coupleId}#programme`);
  const card = page.locator("#programme");
  await card
    .getByLabel("Programme", { exact: true })
    .selectOption({ label: "Six weeks to reconnect (our version) (6 weeks)" });
  const today = new Date().toISOString().slice(0, 10);
  await card.getByLabel("First day").fill(today);
  await card.getByRole("button", { name: "Start the programme" }).click();
  await expect(card.getByText("Week 1 of 6: Starting gently")).toBeVisible();
  await expectAccessible(page);
  await card.getByRole("button", { name: "Skip next week" }).click();
  await expect(card.getByText("Week skipped.")).toBeVisible();
  await expect(card.getByRole("list", { name: "Weeks" }).getByText(/Skipped/)).toHaveCount(1);
});
