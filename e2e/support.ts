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

/** Sign in the way a person does: ask for a link, open it from the mailbox. */
export async function signInByEmail(page: Page, email: string, from = "/sign-in") {
  await page.goto(from);
  await expectAccessible(page);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(await linkFromMailbox(page, email, /sign-in link/i));
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
