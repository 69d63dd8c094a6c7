import { expect, test, type Browser, type Page } from "@playwright/test";
import { entries } from "../src/server/db/schema";
import { e2eDatabase } from "./database";
import { seedCouple } from "./seed";
import {
  expectAccessible,
  linkFromMailbox,
  mailFromMailbox,
  signInByEmail,
  uniqueEmail,
} from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const OBSERVATION = "When I told them about my day they kept scrolling and I stopped talking.";

function seedAlexAndSam(therapistEmail: string, alexEmail: string, samEmail: string) {
  return seedCouple({
    therapistEmail,
    partners: [
      { displayName: "Alex", email: alexEmail },
      { displayName: "Sam", email: samEmail },
    ],
  });
}

async function entryCount(partnerEmail: string) {
  const { db, close } = e2eDatabase();
  try {
    const rows = await db.select({ id: entries.id, payload: entries.payload }).from(entries);
    return rows.filter((r) => JSON.stringify(r.payload).includes(partnerEmail)).length;
  } finally {
    await close();
  }
}

/** A partner's phone, opened on the link in their latest homework email. */
async function openPhone(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(await linkFromMailbox(page, email, /Homework from Lakeside Couples/));
  // The link itself changes nothing (mail scanners fetch it too): the partner presses Continue.
  await expect(page.getByRole("heading", { name: "Continue to your homework" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/c$/);
  return page;
}

async function fillMicroHurt(page: Page, observation: string) {
  await page.getByLabel("What happened?").fill(observation);
  await page.getByRole("radio", { name: "Phone or distraction" }).check();
  await page.getByRole("checkbox", { name: "Lonely" }).check();
}

test("homework: assigned, answered on a phone without losing a word, kept private until shared", async ({
  browser,
}) => {
  // Three people, two phones and axe on every page: longer than the default on a busy machine.
  test.setTimeout(240_000);
  const therapistEmail = uniqueEmail("therapist");
  const alexEmail = uniqueEmail("alex");
  const samEmail = uniqueEmail("sam");
  const { practiceId, coupleId } = await seedAlexAndSam(therapistEmail, alexEmail, samEmail);
  const alexWords = `${OBSERVATION} (${alexEmail})`;

  const therapist = await (await browser.newContext()).newPage();
  await test.step("the therapist assigns a micro-hurt log to both partners", async () => {
    await signInByEmail(therapist, therapistEmail);
    await therapist.goto(`/p/${practiceId}/couples/${coupleId}`);
    const form = therapist.getByRole("form", { name: "Assign homework" });
    await form.getByLabel("Homework").selectOption({ label: "Micro-hurt log" });
    await form.getByRole("radio", { name: "Log whenever it happens" }).check();
    await form.getByRole("button", { name: "Assign homework" }).click();
    await expect(therapist.getByText("Micro-hurt log").first()).toBeVisible();
    await expectAccessible(therapist);
  });

  const alex = await openPhone(browser, alexEmail);
  await test.step("Alex starts, loses the connection, reloads: the draft is still there", async () => {
    await expect(alex.getByRole("heading", { name: "Hi Alex" })).toBeVisible();
    await expectAccessible(alex);
    await alex.getByRole("link", { name: /Micro-hurt log/ }).click();
    // It opens on the quick log; this journey answers the full form, one tap away.
    await alex.getByRole("link", { name: /open the full form/ }).click();
    await expect(alex.getByLabel("What happened?")).toBeVisible();
    await alex.getByLabel("What happened?").fill("You never listen to me.");
    await expect(alex.getByText(/can land as a verdict/)).toBeVisible();
    await expectAccessible(alex);
    await fillMicroHurt(alex, alexWords);
    await alex.context().setOffline(true);
    await alex.reload().catch(() => undefined);
    await alex.context().setOffline(false);
    await alex.reload();
    await expect(alex.getByLabel("What happened?")).toHaveValue(alexWords);
    await expect(alex.getByRole("radio", { name: "Phone or distraction" })).toBeChecked();
  });

  await test.step("Alex completes it and taps Send twice: one entry", async () => {
    await alex.getByRole("radio", { name: "6" }).check();
    await alex
      .getByRole("group", { name: /Did you raise it/ })
      .getByRole("radio", { name: "Not yet" })
      .check();
    await alex
      .getByRole("group", { name: /Was it repaired/ })
      .getByRole("radio", { name: "Not yet" })
      .check();
    await alex.getByRole("button", { name: "Send to my therapist" }).dblclick();
    await expect(alex.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();
    await expectAccessible(alex);
    expect(await entryCount(alexEmail)).toBe(1);
  });

  const sam = await openPhone(browser, samEmail);
  await test.step("Sam cannot see Alex's private entry", async () => {
    await expect(sam.getByRole("heading", { name: "Hi Sam" })).toBeVisible();
    await expect(sam.getByText("shared by Alex")).toHaveCount(0);
    await expectAccessible(sam);
  });

  await test.step("Alex shares it; now Sam can read it", async () => {
    await alex.goto("/c");
    await alex
      .getByRole("link", { name: /Micro-hurt log/ })
      .last()
      .click();
    await alex.getByRole("button", { name: "Share with my partner…" }).click();
    // First, exactly what Sam will see; then Alex confirms.
    const preview = alex.getByRole("region", { name: "Your partner will see this" });
    await expect(preview.getByText(alexWords)).toBeVisible();
    await preview.getByRole("button", { name: "Share with my partner" }).click();
    await expect(alex.getByRole("button", { name: "Make private again" })).toBeVisible();
    await expectAccessible(alex);
    await sam.reload();
    await sam.getByText("shared by Alex").click();
    await expect(sam.getByText(alexWords)).toBeVisible();
    await expectAccessible(sam);
  });

  await test.step("Sam says they do not feel safe: the therapist is told, without content", async () => {
    await sam.goto("/c");
    await sam
      .getByRole("link", { name: /Micro-hurt log/ })
      .first()
      .click();
    await sam.getByRole("link", { name: /open the full form/ }).click();
    await fillMicroHurt(sam, "We argued about the car and it got loud.");
    await sam.getByRole("radio", { name: "8" }).check();
    await sam
      .getByRole("group", { name: /Did you raise it/ })
      .getByRole("radio", { name: "Not yet" })
      .check();
    await sam
      .getByRole("group", { name: /Was it repaired/ })
      .getByRole("radio", { name: "Not yet" })
      .check();
    await sam.getByRole("checkbox", { name: /I don.t feel safe/ }).check();
    await expect(sam.getByText(/emergency/).first()).toBeVisible();
    await sam.getByRole("button", { name: "Send to my therapist" }).click();
    await expect(sam.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();

    const alert = await mailFromMailbox(therapist, therapistEmail, /A client needs your attention/);
    await expect(alert).not.toContainText("car");
    await expect(alert).not.toContainText("Alex");
    await expect(alert).not.toContainText("Sam");
  });

  await test.step("the therapist sees both partners' entries and the safety banner", async () => {
    await therapist.goto(`/p/${practiceId}/couples/${coupleId}`);
    await expect(therapist.getByRole("region", { name: /do not feel safe/i })).toBeVisible();
    const list = therapist.getByRole("list", { name: "Entries, newest first" });
    await expect(list.getByRole("heading", { name: "Sam · Micro-hurt log" })).toBeVisible();
    await expect(list.getByRole("heading", { name: "Alex · Micro-hurt log" })).toBeVisible();
    await expectAccessible(therapist);
  });
});

test("an expired or unknown link offers a new one, with the same answer for any address", async ({
  page,
}) => {
  await page.setViewportSize(phone.viewport);
  await page.goto("/c/l/this-is-not-a-real-token-but-it-is-long-enough-00");
  await expect(page).toHaveURL(/\/c\/new-link\?reason=unknown/);
  await expect(page.getByRole("heading", { name: /fresh link/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your email address").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Email me a new link" }).click();
  await expect(page.getByText(/a new link is on its way/)).toBeVisible();
  await expectAccessible(page);
});
