import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  linkFromMailbox,
  mailFromMailbox,
  signInByEmail,
  uniqueEmail,
} from "./support";

test("first sign-in asks for a name once; colleagues then see the name, not the address", async ({
  page,
}) => {
  const email = uniqueEmail("named-owner");
  const colleague = uniqueEmail("colleague");
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await linkFromMailbox(page, email, /sign-in link/i));

  await expect(page.getByRole("heading", { name: "Welcome to Attune" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.getByLabel("Your name").fill("Dana Reyes");
  await page.getByLabel("Credentials (optional)").fill("LMFT");
  await page.getByLabel("Pronouns (optional)").fill("she/her");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();

  await page.getByLabel("Practice name").fill(`Named Practice ${Date.now()}`);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page.getByRole("heading", { name: "Practice caseload" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dana Reyes" })).toBeVisible();

  await page.getByRole("link", { name: "Team" }).click();
  await page.getByLabel("Email").fill(colleague);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${colleague}.`)).toBeVisible();
  const invitation = await mailFromMailbox(page, colleague, /invited to/i);
  await expect(invitation).toContainText("Dana Reyes, LMFT invited you");
  await expect(invitation).not.toContainText(email);

  // Editable later from the header; not asked again.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByLabel("Pronouns (optional)")).toHaveValue("she/her");
});

test("someone who skips is not asked again at their next sign-in", async ({ page }) => {
  // Two whole sign-ins through the mailbox: slow on a loaded machine.
  test.setTimeout(180_000);
  const email = uniqueEmail("skipper");
  await signInByEmail(page, email, "/sign-in", { name: null });
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();
  await page.context().clearCookies();
  await signInByEmail(page, email);
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();
});
