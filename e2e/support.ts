import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export function uniqueEmail(who: string): string {
  return `${who}-${randomUUID().slice(0, 8)}@example.test`;
}

/**
 * The newest email to `to` whose subject matches, from the local mailbox. Emails from the outbox
 * arrive a moment after the action that queued them, so the mailbox is reloaded until it shows.
 */
export async function mailFromMailbox(page: Page, to: string, subject: RegExp): Promise<Locator> {
  const message = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  return message;
}

/** The first link of the newest email to `to` whose subject matches. */
export async function linkFromMailbox(page: Page, to: string, subject: RegExp): Promise<string> {
  const message = await mailFromMailbox(page, to, subject);
  const href = await message.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`No link in the email to ${to}`);
  return href;
}

/**
 * Sign in the way a person does: ask for a link, open it from the mailbox. Someone signing in
 * for the first time is asked for their profile: give `name`, or skip it when there is none.
 */
export async function signInByEmail(
  page: Page,
  email: string,
  from = "/sign-in",
  { name = "Sam Rivera" }: { name?: string | null } = {},
) {
  await page.goto(from);
  await expectAccessible(page);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(await linkFromMailbox(page, email, /sign-in link/i));
  await completeProfileIfAsked(page, name);
}

/** First sign-in asks for a profile (on the first practice page): give `name`, or skip. */
export async function completeProfileIfAsked(page: Page, name: string | null = "Sam Rivera") {
  if (new URL(page.url()).pathname !== "/profile") return;
  await expect(page.getByRole("heading", { name: "Welcome to Attune" })).toBeVisible();
  const leaving = page.url();
  if (name) {
    await page.getByLabel("Your name").fill(name);
    await page.getByRole("button", { name: "Save and continue" }).click();
  } else {
    await page.getByRole("button", { name: "Skip for now" }).click();
  }
  await page.waitForURL((url) => url.toString() !== leaving);
}

/** axe on the page as it is now: no serious or critical violations. */
export async function expectAccessible(page: Page) {
  // Next streams metadata after the body on client navigations: let the title land first.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
