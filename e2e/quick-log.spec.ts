import { expect, test, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { entries, entryUpdates } from "../src/server/db/schema";
import { e2eDatabase } from "./database";
import { seedPhoneForms } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const WORDS = "At dinner with their parents they finished my sentence for me.";

async function storedFor(partnerId: string) {
  const { db, close } = e2eDatabase();
  try {
    const rows = await db.select().from(entries).where(eq(entries.partnerId, partnerId));
    const updates = rows[0]
      ? await db.select().from(entryUpdates).where(eq(entryUpdates.entryId, rows[0].id))
      : [];
    return { rows, updates };
  } finally {
    await close();
  }
}

/** How far down the page (not the viewport) a button's bottom edge is, in CSS pixels. */
function bottomOf(page: Page, name: string) {
  return page
    .getByRole("button", { name })
    .evaluate((button) => button.getBoundingClientRect().bottom + window.scrollY);
}

test("quick log on a phone: three questions, saved once offline-safe, seen, completed later", async ({
  browser,
}) => {
  // A phone journey, then a therapist's sign-in, with axe on every page: a busy machine needs time.
  test.setTimeout(240_000);
  const therapistEmail = uniqueEmail("quick-therapist");
  const seeded = await seedPhoneForms(therapistEmail);
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(seeded.link);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/c$/);

  const quick = page.getByRole("form", { name: "Quick log" });
  await test.step("the micro-hurt log opens on its quick form: three questions", async () => {
    await page.getByRole("link", { name: /Micro-hurt log/ }).click();
    await expect(quick).toBeVisible();
    await expect(quick.getByRole("textbox", { name: /What happened\?/ })).toBeVisible();
    await expect(
      quick.getByRole("combobox", { name: "What kind of moment was it?" }),
    ).toBeVisible();
    await expect(quick.getByRole("group", { name: "How intense was it?" })).toBeVisible();
    await expect(quick.getByRole("radio")).toHaveCount(11);
    await expect(quick.getByRole("checkbox", { name: "Hurt" })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step("the scale is one row, used from the keyboard", async () => {
    await quick.getByRole("textbox", { name: /What happened\?/ }).fill(WORDS);
    await quick.getByLabel("What kind of moment was it?").selectOption({ label: "Tone" });
    const rows = await quick
      .getByRole("radio")
      .evaluateAll((radios) => new Set(radios.map((r) => r.getBoundingClientRect().top)).size);
    expect(rows).toBe(1);
    await quick.getByRole("radio", { name: "6" }).check();
    await page.keyboard.press("ArrowRight");
    await expect(quick.getByRole("radio", { name: "7" })).toBeChecked();
    // Three questions and Send on the first 812 px screen of a 375 px phone.
    expect(await bottomOf(page, "Send to my therapist")).toBeLessThanOrEqual(812);
  });

  await test.step("the full form is one tap away, on the same draft, and back", async () => {
    await quick.getByRole("link", { name: /open the full form/ }).click();
    await expect(page.getByRole("form", { name: "Quick log" })).toHaveCount(0);
    await expect(page.getByLabel(/What happened\?/)).toHaveValue(WORDS);
    await expect(page.getByRole("radio", { name: "Tone" })).toBeChecked();
    // Feelings: two-column chips with checkbox semantics, each labelled.
    const hurt = page.getByRole("checkbox", { name: "Hurt" });
    const sad = page.getByRole("checkbox", { name: "Sad" });
    const [hurtBox, sadBox] = [await hurt.boundingBox(), await sad.boundingBox()];
    expect(hurtBox?.y).toBe(sadBox?.y);
    // No heading that only repeats the question under it.
    await expect(page.getByRole("heading", { name: "What happened", exact: true })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: /Use the quick log/ }).click();
    await expect(quick.getByRole("radio", { name: "7" })).toBeChecked();
  });

  await test.step("sent while offline, it waits and goes once when back online", async () => {
    await page.context().setOffline(true);
    await quick.getByRole("button", { name: "Send to my therapist" }).click();
    await expect(page.getByText(/You seem to be offline/)).toBeVisible();
    await page.context().setOffline(false);
    await expect(page.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();
    await expect(page.getByText(/Saved as a quick log/)).toBeVisible();
    await expectAccessible(page);
    const { rows } = await storedFor(seeded.alexId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quick: true,
      visibility: "private",
      payload: { observation: WORDS, category: "tone", intensity: 7 },
    });
  });

  const { rows } = await storedFor(seeded.alexId);
  const entryId = rows[0]!.id;
  await test.step("Alex sees it among their entries", async () => {
    await page.goto("/c");
    await expect(page.locator(`a[href="/c/e/${entryId}"]`)).toBeVisible();
    await page.locator(`a[href="/c/e/${entryId}"]`).click();
    await expect(page.getByTestId("entry-quick")).toHaveText("Sent as a quick log.");
    await expect(page.getByText(WORDS)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("later, Alex adds the rest: feelings and the repair", async () => {
    await page.getByRole("button", { name: "Add the rest" }).click();
    const rest = page.getByRole("form", { name: "Add the rest" });
    await rest.getByRole("checkbox", { name: "Embarrassed" }).check();
    await rest.getByRole("checkbox", { name: "Unseen" }).check();
    await rest
      .getByRole("group", { name: /Was it repaired/ })
      .getByRole("radio", { name: "Yes" })
      .check();
    await expectAccessible(page);
    await rest.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByRole("status")).toContainText("Updated.");
    await expect(page.getByTestId("entry-quick")).toHaveText(
      "Sent as a quick log; you added more later.",
    );
    await expect(page.getByText("Embarrassed, Unseen")).toBeVisible();
    await expectAccessible(page);
    const after = await storedFor(seeded.alexId);
    expect(after.rows[0]!.payload).toEqual(rows[0]!.payload);
    expect(after.updates).toHaveLength(1);
    expect(after.updates[0]!.payload).toEqual({
      feelings: ["embarrassed", "unseen"],
      repaired: true,
    });
  });

  await test.step("the cycle map asks only the moment and my move, no heading twice", async () => {
    await page.goto(`/c/h/${seeded.cycleAssignmentId}`);
    await expect(page.getByRole("group", { name: "How did it end? (optional)" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Which way did I move?" })).toBeVisible();
    await expect(page.getByRole("group", { name: "My move", exact: true })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step("the therapist reads it whole, marked as a quick log", async () => {
    const therapist = await (await browser.newContext()).newPage();
    await signInByEmail(therapist, therapistEmail);
    await therapist.goto(`/p/${seeded.practiceId}/couples/${seeded.coupleId}`);
    await expect(therapist.getByText("Quick log · Tone · intensity 7 · repaired")).toBeVisible();
    await expectAccessible(therapist);
  });
});
