import { expect, test } from "@playwright/test";
import { memberships, users } from "../src/server/db/schema";
import { seedCouple } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

test("an owner names a safety backup and a colleague's away dates; the CSI-4 cut-off note", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ownerEmail = uniqueEmail("owner");
  const { practiceId } = await seedCouple({ therapistEmail: ownerEmail }, async (db, ids) => {
    const [colleague] = await db
      .insert(users)
      .values({ email: uniqueEmail("priya"), name: "Priya Shah" })
      .returning();
    await db
      .insert(memberships)
      .values({ practiceId: ids.practiceId, userId: colleague!.id, role: "therapist" });
  });
  await signInByEmail(page, ownerEmail);

  await test.step("settings: the backup, bounds said plainly, the cut-off note", async () => {
    await page.goto(`/p/${practiceId}/settings`);
    await page.getByLabel("Safety backup").selectOption({ label: "Priya Shah" });
    await page.getByLabel(/Shared device: sign out after/).fill("4");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(
      page.getByText("On a shared device, a session must last at least 5 idle minutes."),
    ).toBeVisible();
    await page.getByLabel(/Shared device: sign out after/).fill("20");
    await page.getByLabel("CSI-4 distress cut-off").fill("12");
    await expect(page.getByTestId("csi-cutoff-note")).toContainText(
      "no longer matches the published norm",
    );
    await page.getByLabel("Discreet emails to partners").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Safety backup")).toHaveValue(/.+/);
    await expect(page.getByLabel("Discreet emails to partners")).toBeChecked();
    await expect(page.getByTestId("csi-cutoff-note")).toBeVisible();
  });

  await test.step("team: the backup is marked; away dates are checked and shown", async () => {
    await page.goto(`/p/${practiceId}/members`);
    const priya = page.getByRole("list", { name: "Members" }).getByRole("listitem").filter({
      hasText: "Priya Shah",
    });
    await expect(priya.getByText("Safety backup")).toBeVisible();
    await priya.locator("summary", { hasText: "Away dates" }).click();
    const form = priya.getByRole("form", { name: "Away dates: Priya Shah" });
    await form.getByLabel("First day away").fill("2026-12-24");
    await form.getByLabel("Last day away").fill("2026-12-20");
    await form.getByRole("button", { name: "Save away dates" }).click();
    await expect(form.getByText("The last day away cannot be before the first.")).toBeVisible();
    await expectAccessible(page);
    await form.getByLabel("Last day away").fill("2027-01-02");
    await form.getByRole("button", { name: "Save away dates" }).click();
    await expect(priya.getByText("Away Dec 24, 2026 – Jan 2, 2027")).toBeVisible();
  });
});
