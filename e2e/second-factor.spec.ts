import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import { memberships, users } from "../src/server/db/schema";
import { seedCouple } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

/** The code an authenticator app shows for `secret` in time step `step` (30 s each). */
function codeFor(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * 30 });
}

const stepNow = () => Math.floor(Date.now() / 30_000);

/** Set up the app on /mfa/setup, reading the key off the page; returns it and the step used. */
async function enrolFromSetupPage(page: Page) {
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("mfa-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page);
  const step = stepNow();
  await page.getByLabel("Code from the app").fill(await codeFor(secret, step));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await expect(page.getByTestId("recovery-code")).toHaveCount(10);
  await expectAccessible(page);
  return { secret, step };
}

test("a therapist sets up an authenticator app, then signs in with the email link and a code", async ({
  page,
}) => {
  // Two whole sign-ins through the mailbox: slow on a loaded machine.
  test.setTimeout(180_000);
  const email = uniqueEmail("mfa-therapist");
  const { practiceId, coupleId } = await seedCouple({ therapistEmail: email });
  await signInByEmail(page, email);
  await expect(page.getByRole("heading", { name: "Practice caseload" })).toBeVisible();

  await page.goto("/profile");
  await page.getByRole("link", { name: "authenticator app" }).click();
  await expect(page.getByRole("heading", { name: "Authenticator app" })).toBeVisible();
  const { secret, step } = await enrolFromSetupPage(page);
  await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Attune" })).toBeVisible();

  await signInByEmail(page, email);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  await expectAccessible(page);
  // Nothing of the practice before the code: pages, tRPC, the PDF.
  await page.goto(`/p/${practiceId}/couples/${coupleId}`);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  expect((await page.request.get("/api/trpc/practices.mine")).status()).toBe(401);
  const pdf = await page.request.get(`/p/${practiceId}/couples/${coupleId}/prep`, {
    maxRedirects: 0,
  });
  expect(pdf.status()).toBe(303);
  expect(pdf.headers()["content-type"] ?? "").not.toContain("pdf");

  // The code used to set up the app does not work twice.
  await page.getByLabel("Code").fill(await codeFor(secret, step));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/That code did not work/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Code").fill(await codeFor(secret, Math.max(step + 1, stepNow())));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Practice caseload" })).toBeVisible();
  await page.goto(`/p/${practiceId}/couples/${coupleId}`);
  await expect(page.getByRole("heading", { name: "Alex & Sam", level: 1 })).toBeVisible();
  expect((await page.request.get("/api/trpc/practices.mine")).status()).toBe(200);
});

test("an owner requires an authenticator app and a member is sent to set one up", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const ownerEmail = uniqueEmail("mfa-owner");
  const memberEmail = uniqueEmail("mfa-member");
  const { practiceId } = await seedCouple({ therapistEmail: ownerEmail }, async (db, ids) => {
    const [member] = await db
      .insert(users)
      .values({ email: memberEmail, name: "Jo Park" })
      .returning();
    await db
      .insert(memberships)
      .values({ practiceId: ids.practiceId, userId: member!.id, role: "therapist" });
  });
  await signInByEmail(page, ownerEmail);
  await page.goto(`/p/${practiceId}/settings`);
  await expect(page.getByText("set up your own authenticator app")).toBeVisible();
  await page.getByRole("link", { name: "set up your own authenticator app" }).click();
  await enrolFromSetupPage(page);
  await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(page.getByRole("heading", { name: "Practice settings" })).toBeVisible();
  await page.getByRole("button", { name: "Require an authenticator app" }).click();
  await expect(page.getByText(/^Required: after the email link/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByText("Jo Park · no authenticator app")).toBeVisible();
  await expectAccessible(page);

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInByEmail(member, memberEmail);
  await expect(member).toHaveURL(/\/mfa\/setup\?required=1/);
  await expect(
    member.getByText("Your practice asks every member to use an authenticator app"),
  ).toBeVisible();
  expect(
    (
      await member.request.get(
        `/api/trpc/caseload.list?input=${encodeURIComponent(JSON.stringify({ json: { practiceId } }))}`,
      )
    ).status(),
  ).toBe(403);
  await enrolFromSetupPage(member);
  await member.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(member.getByRole("heading", { name: "My caseload" })).toBeVisible();
  await memberContext.close();
});
