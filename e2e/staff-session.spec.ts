import { expect, test } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { staffSessions, users } from "../src/server/db/schema";
import { e2eDatabase } from "./database";
import { signInByEmail, uniqueEmail } from "./support";

test("a session left idle past its limit ends, and the person signs in again", async ({ page }) => {
  const email = uniqueEmail("idle");
  await signInByEmail(page, email);
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();

  const { db, close } = e2eDatabase();
  try {
    const [user] = await db.select().from(users).where(eq(users.email, email));
    // As if the last request had been longer ago than the idle limit.
    await db
      .update(staffSessions)
      .set({ expires: sql`now() - interval '1 second'` })
      .where(eq(staffSessions.userId, user!.id));
  } finally {
    await close();
  }

  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in to Attune" })).toBeVisible();
});

test("a sign-in link works once", async ({ page }) => {
  const email = uniqueEmail("once");
  await signInByEmail(page, email);
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();
  const landedOn = page.url();
  await page.context().clearCookies();
  await page.goto("/dev/mailbox?to=" + encodeURIComponent(email));
  const href = await page
    .getByRole("article")
    .first()
    .getByRole("link")
    .first()
    .getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
  expect(landedOn).not.toContain("token=");
});
