import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export function uniqueEmail(who: string): string {
  return `${who}-${randomUUID().slice(0, 8)}@example.test`;
}

/** The first link of the newest email to `to` whose subject matches, read from the local mailbox. */
export async function linkFromMailbox(page: Page, to: string, subject: RegExp): Promise<string> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const message = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(message).toBeVisible();
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
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
