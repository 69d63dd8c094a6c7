import { expect, test } from "@playwright/test";
import {
  completeProfileIfAsked,
  expectAccessible,
  linkFromMailbox,
  signInByEmail,
  uniqueEmail,
} from "./support";

test("a new owner sets up a practice, invites a therapist, and hands them a couple", async ({
  browser,
}) => {
  const ownerEmail = uniqueEmail("owner");
  const therapistEmail = uniqueEmail("therapist");
  const practiceName = `Practice ${Date.now()}`;
  const coupleLabel = `Robin & Kai ${Date.now() % 10000}`;

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();

  await test.step("a first-time person signs in and creates a practice", async () => {
    await signInByEmail(owner, ownerEmail);
    await expect(owner.getByRole("heading", { name: "Create your practice" })).toBeVisible();
    await expectAccessible(owner);
    await owner.getByRole("button", { name: "Create practice" }).click();
    await expect(owner.getByText("Enter the practice name.")).toBeVisible();
    await owner.getByLabel("Practice name").fill(practiceName);
    await owner.getByLabel("Time zone").selectOption("Europe/London");
    await owner.getByRole("button", { name: "Create practice" }).click();
    await expect(owner.getByRole("heading", { name: "Practice caseload" })).toBeVisible();
    // A first-run checklist instead of "change the filters".
    const setup = owner.getByRole("region", { name: "Getting started" });
    await expect(setup.getByRole("listitem")).toHaveText([
      /Add your name \(done\)/,
      "Check the practice settings",
      "Add your first couple",
      "Assign their first homework",
      "Invite a colleague",
    ]);
    await expect(owner.getByText("No couples yet. Add your first couple")).toBeVisible();
    await expect(owner.getByText(practiceName)).toBeVisible();
    await expectAccessible(owner);
  });

  await test.step("the owner invites a therapist", async () => {
    await owner.getByRole("link", { name: "Team" }).click();
    await expect(owner.getByRole("heading", { name: "Team" })).toBeVisible();
    await owner.getByLabel("Email").fill("not-an-email");
    await owner.getByRole("button", { name: "Send invitation" }).click();
    await expect(owner.getByText("Enter a valid email address")).toBeVisible();
    await owner.getByLabel("Email").fill(therapistEmail);
    await owner.getByRole("button", { name: "Send invitation" }).click();
    await expect(owner.getByText(`Invitation sent to ${therapistEmail}.`)).toBeVisible();
    await expect(owner.getByRole("list", { name: "Pending invitations" })).toContainText(
      therapistEmail,
    );
    await expectAccessible(owner);
  });

  const therapistContext = await browser.newContext();
  const therapist = await therapistContext.newPage();

  await test.step("the therapist accepts in their own browser", async () => {
    const invitation = await linkFromMailbox(therapist, therapistEmail, /invited to/i);
    await therapist.goto(invitation);
    await expect(therapist.getByRole("heading", { name: `Join ${practiceName}` })).toBeVisible();
    await expectAccessible(therapist);
    // The emailed link is proof enough: accepting signs them in, with no second email.
    await therapist.getByRole("button", { name: "Accept and sign in" }).click();
    await therapist.waitForURL(/\/profile\?next=/);
    await completeProfileIfAsked(therapist, "Jordan Lee");
    await expect(therapist.getByRole("heading", { name: "My caseload" })).toBeVisible();
    await expect(therapist.getByText("No couples yet")).toBeVisible();
    await expectAccessible(therapist);
    await therapist.goto(`/dev/mailbox?to=${encodeURIComponent(therapistEmail)}`);
    await expect(therapist.getByRole("article")).toHaveCount(1);
    await therapist.goBack();
  });

  await test.step("the owner adds a couple and assigns it to the therapist", async () => {
    await owner.getByRole("link", { name: "Add couple" }).first().click();
    await expect(owner.getByRole("heading", { name: "Add a couple" })).toBeVisible();
    await expectAccessible(owner);
    await owner.getByLabel("Couple label").fill(coupleLabel);
    const partner1 = owner.getByRole("group", { name: "Partner 1" });
    await partner1.getByLabel("Display name").fill("Robin");
    await partner1.getByLabel("Email (optional)").fill("robin@@example");
    const partner2 = owner.getByRole("group", { name: "Partner 2" });
    await partner2.getByLabel("Display name").fill("Kai");
    await owner.getByLabel("Treating therapist").selectOption({ label: "Jordan Lee" });
    await owner.getByRole("button", { name: "Add couple" }).click();
    await expect(
      partner1.getByText("Enter a valid email address, or leave it empty."),
    ).toBeVisible();
    await expect(partner1.getByLabel("Email (optional)")).toHaveAttribute("aria-invalid", "true");
    await partner1.getByLabel("Email (optional)").fill("robin@example.test");
    await owner.getByRole("button", { name: "Add couple" }).click();
    await expect(owner.getByRole("heading", { name: coupleLabel })).toBeVisible();
    await expect(owner.getByText("Couple added.")).toBeVisible();
    await expectAccessible(owner);
  });

  await test.step("a name search finds the couple and keeps the name out of the URL", async () => {
    await owner.getByRole("link", { name: "Caseload" }).click();
    await owner.getByLabel("Search by name").fill("Robin");
    await owner.getByLabel("Sort by").selectOption("name");
    await owner.getByRole("button", { name: "Apply filters" }).click();
    await expect(owner.getByRole("link", { name: coupleLabel })).toBeVisible();
    expect(owner.url()).not.toContain("Robin");
    // The order chosen stays in the URL (the name searched for does not).
    expect(owner.url()).toContain("sort=name");
    await expect(owner.getByLabel("Sort by")).toHaveValue("name");
    await owner.getByLabel("Search by name").fill("Nobody-at-all");
    await owner.getByRole("button", { name: "Apply filters" }).click();
    await expect(owner.getByText("No couples match")).toBeVisible();
    expect(owner.url()).not.toContain("Nobody");
  });

  await test.step("the therapist sees the couple in their caseload", async () => {
    await therapist.reload();
    await expect(therapist.getByRole("link", { name: coupleLabel })).toBeVisible();
    await therapist.getByRole("link", { name: coupleLabel }).click();
    await expect(therapist.getByRole("heading", { name: coupleLabel })).toBeVisible();
    await expectAccessible(therapist);
  });

  await test.step("the owner reads who did what in the audit log", async () => {
    await owner.getByRole("link", { name: "Audit log" }).click();
    const log = owner.getByRole("table");
    await expect(log).toContainText("Added a couple");
    await expect(log).toContainText("Viewed a couple's recent entries");
    await expect(log).toContainText("Accepted an invitation");
    await expect(log).toContainText(coupleLabel);
    await expectAccessible(owner);
  });

  await test.step("signing out ends the session", async () => {
    const caseloadUrl = therapist.url();
    await therapist.getByRole("button", { name: "Sign out" }).click();
    await expect(therapist.getByRole("heading", { name: "Sign in to Attune" })).toBeVisible();
    await therapist.goto(caseloadUrl);
    await expect(therapist.getByRole("heading", { name: "Sign in to Attune" })).toBeVisible();
  });

  await ownerContext.close();
  await therapistContext.close();
});
