import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { entries, entryUpdates } from "../src/server/db/schema";
import { e2eDatabase } from "./database";
import { seedLoggedHurt } from "./seed";
import { expectAccessible, uniqueEmail } from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function stored(entryId: string) {
  const { db, close } = e2eDatabase();
  try {
    const [entry] = await db.select().from(entries).where(eq(entries.id, entryId));
    const updates = await db.select().from(entryUpdates).where(eq(entryUpdates.entryId, entryId));
    return { entry: entry!, updates };
  } finally {
    await close();
  }
}

test("a partner updates a hurt to repaired on their phone, offline first; the original stays", async ({
  browser,
}) => {
  const { entryId, link } = await seedLoggedHurt(uniqueEmail("updates-therapist"));
  const before = await stored(entryId);
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/c$/);

  await test.step("Alex opens the hurt they logged ten days ago", async () => {
    await page.goto(`/c/e/${entryId}`);
    await expect(page.getByRole("heading", { name: "Micro-hurt log" })).toBeVisible();
    await expectAccessible(page);
  });

  const form = page.getByRole("form", { name: "Update whether it was raised or repaired" });
  await test.step("they say it was repaired two hours later, with the unit", async () => {
    await page.getByRole("button", { name: "Update whether it was raised or repaired" }).click();
    await form
      .getByRole("group", { name: /Was it repaired/ })
      .getByRole("radio", { name: "Yes" })
      .check();
    await form.getByLabel(/How was it repaired/).fill("They came and sat with me and asked.");
    await form.getByLabel("How many").fill("2");
    await form.getByLabel("Minutes, hours or days").selectOption("hours");
    await expectAccessible(page);
  });

  await test.step("sent while offline, it waits on the phone and goes once back online", async () => {
    await page.context().setOffline(true);
    await form.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByText(/You seem to be offline/)).toBeVisible();
    await page.context().setOffline(false);
    await expect(page.getByRole("status")).toContainText("Updated.");
    await expect(page.getByTestId("entry-updated")).toBeVisible();
    await expect(page.getByText("2 hours", { exact: true })).toBeVisible();
    await page.getByText("As first sent").click();
    await expect(page.getByText("Not yet").first()).toBeVisible();
    await expectAccessible(page);
  });

  const after = await stored(entryId);
  expect(after.updates).toHaveLength(1);
  // The update says what every later answer is now: the feelings it did not ask go as they were.
  expect(after.updates[0]!.payload).toEqual({
    feelings: ["hurt"],
    raised: false,
    repaired: true,
    repairHow: "They came and sat with me and asked.",
    repairedAfter: { amount: 2, unit: "hours" },
  });
  expect(after.entry).toEqual(before.entry);
});
