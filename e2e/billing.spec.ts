import { expect, test } from "@playwright/test";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

test("an owner on the trial subscribes through Stripe, then adds a seat to invite a third clinician", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const owner = uniqueEmail("billing-owner");
  await signInByEmail(page, owner, "/sign-in", { name: "Dana Reyes" });
  await expect(page.getByRole("heading", { name: "Create your practice" })).toBeVisible();
  await page.getByLabel("Practice name").fill(`Billing Practice ${Date.now()}`);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page.getByRole("heading", { name: "Practice caseload" })).toBeVisible();

  await test.step("on the trial, seats are not limited: a second clinician is invited", async () => {
    await page
      .getByRole("navigation", { name: "Practice" })
      .getByRole("link", { name: "Team" })
      .click();
    await page.getByLabel("Email").fill(uniqueEmail("second"));
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(/^Invitation sent to /)).toBeVisible();
  });

  await test.step("the billing page shows the trial, the price and what a seat is", async () => {
    await page
      .getByRole("navigation", { name: "Practice" })
      .getByRole("link", { name: "Billing" })
      .click();
    await expect(page.getByRole("heading", { name: "Billing" })).toBeVisible();
    await expect(page.getByText(/^Free trial until /)).toBeVisible();
    await expect(page.getByText("Monthly, per seat: $40.00 a seat each month.")).toBeVisible();
    await expect(
      page.getByText(/A seat is one member of the practice who can be assigned couples/),
    ).toBeVisible();
    await expect(page.getByTestId("seats-used")).toHaveText("2");
    await expectAccessible(page);
  });

  await test.step("Subscribe goes through Stripe Checkout and back, synced by the webhook", async () => {
    await page.getByRole("button", { name: "Subscribe with Stripe" }).click();
    await expect(page.getByRole("heading", { name: "Subscribe to Attune" })).toBeVisible();
    await expect(page.getByText(/^2 seats at \$40\.00 each/)).toBeVisible();
    await page.getByRole("button", { name: "Pay and subscribe" }).click();
    await page.waitForURL(/\/billing\?checkout=done$/);
    // The webhook, not the return URL, is what records the subscription.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("seats-paid")).toHaveText("2", { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText(/^Subscribed\. The free trial runs until /)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Invoice ATT-/ })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("inviting a third clinician offers a seat, with its price, before sending", async () => {
    await page
      .getByRole("navigation", { name: "Practice" })
      .getByRole("link", { name: "Team" })
      .click();
    await expect(
      page.getByText(
        "All 2 paid seats are in use. Sending this invitation adds a seat: $40.00 a month, charged now for the rest of this billing period.",
      ),
    ).toBeVisible();
    await expectAccessible(page);
    const third = uniqueEmail("third");
    await page.getByLabel("Email").fill(third);
    await page.getByRole("button", { name: "Add a seat and send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${third}.`)).toBeVisible();
    await page
      .getByRole("navigation", { name: "Practice" })
      .getByRole("link", { name: "Billing" })
      .click();
    await expect(page.getByTestId("seats-paid")).toHaveText("3");
    await expect(page.getByTestId("seats-used")).toHaveText("3");
  });
});
