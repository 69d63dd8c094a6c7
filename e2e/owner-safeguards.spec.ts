import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { auditEvents, memberships, users } from "../src/server/db/schema";
import { seedCouple } from "./seed";
import { expectAccessible, signInByEmail, uniqueEmail } from "./support";

test("an owner confirms a promotion, meets the sole-owner safeguards, filters the audit log and reads its CSV", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ownerEmail = uniqueEmail("owner");
  const { practiceId, extra: priyaId } = await seedCouple(
    { therapistEmail: ownerEmail, label: "Jordan & Casey" },
    async (db, ids) => {
      const [priya] = await db
        .insert(users)
        .values({ email: uniqueEmail("priya"), name: "Priya Shah" })
        .returning();
      await db
        .insert(memberships)
        .values({ practiceId: ids.practiceId, userId: priya!.id, role: "therapist" });
      // Priya read the couple's timeline three times one morning.
      await db.insert(auditEvents).values(
        ["09:10", "09:25", "09:40"].map((time) => ({
          practiceId: ids.practiceId,
          actorUserId: priya!.id,
          action: "timeline.viewed",
          subjectType: "couple",
          subjectId: ids.coupleId,
          coupleId: ids.coupleId,
          createdAt: new Date(`2025-11-20T${time}:00Z`),
        })),
      );
      return priya!.id;
    },
  );
  await signInByEmail(page, ownerEmail);
  const members = page.getByRole("list", { name: "Members" });
  const row = (name: string) => members.getByRole("listitem").filter({ hasText: name });

  await test.step("the only owner is offered no demotion and no Remove on themselves", async () => {
    await page.goto(`/p/${practiceId}/members`);
    const me = row("(you)");
    await expect(me).toContainText("Owner");
    await expect(me.getByLabel(/Role of/)).toHaveCount(0);
    await expect(me.getByRole("button", { name: /Remove/ })).toHaveCount(0);
    await expect(row("Priya Shah").getByRole("button", { name: /Remove/ })).toBeVisible();
    const guide = page.getByRole("region", { name: "What each role can do" });
    await expect(guide).toContainText("makes or removes owners");
    await expect(guide).toContainText("Works with the couples they treat");
    await expectAccessible(page);
  });

  await test.step("a promotion is chosen, then saved only after a confirmation saying what changes", async () => {
    const priya = row("Priya Shah");
    await priya.getByLabel("Role of Priya Shah").selectOption("owner");
    const confirm = priya.getByRole("group", { name: "Confirm the role change of Priya Shah" });
    await expect(confirm).toHaveCount(0);
    await page.reload();
    // Choosing saved nothing.
    await expect(row("Priya Shah").getByLabel("Role of Priya Shah")).toHaveValue("therapist");
    await row("Priya Shah").getByLabel("Role of Priya Shah").selectOption("owner");
    await row("Priya Shah").getByRole("button", { name: "Save role of Priya Shah" }).click();
    await expect(confirm).toContainText(
      "Make Priya Shah an owner? They will be able to do everything an owner can",
    );
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Make owner" }).click();
    await expect(page.getByText("Role saved: Priya Shah is now Owner.")).toBeVisible();
    // With a second owner, the first may now step down or leave.
    await expect(row("(you)").getByLabel(/Role of/)).toBeVisible();
    await expect(row("(you)").getByRole("button", { name: /Remove/ })).toBeVisible();
  });

  await test.step("the audit log: words, repeats folded, filters in the URL and checked", async () => {
    await page.goto(`/p/${practiceId}/audit`);
    const log = page.getByRole("table");
    await expect(log).toContainText("Changed a member's role");
    await expect(log).not.toContainText("member.role_changed");
    await page.getByLabel("Who").selectOption({ label: "Priya Shah" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`who=${priyaId}`));
    await expect(log.getByRole("row")).toHaveCount(2);
    await expect(log).toContainText("Viewed the timeline · 3 times, 9:10 AM–9:40 AM");
    await expect(log).toContainText("Jordan & Casey");

    await page.getByLabel("From (first day)").fill("2025-12-01");
    await page.getByLabel("To (last day)").fill("2025-11-01");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("The last day must be on or after the first day.")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Who").selectOption({ label: "Anyone" });
    await page.getByLabel("What").selectOption({ label: "Changed a member's role" });
    await page.getByLabel("From (first day)").fill("");
    await page.getByLabel("To (last day)").fill("");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=member.role_changed/);
    await expect(log.getByRole("row")).toHaveCount(2);
    await expectAccessible(page);
  });

  await test.step("the CSV holds the filtered events, and the download is itself audited", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download these events as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), "utf8")).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "event_id,when_utc,who,who_email,action,what,couple,couple_id,subject_type,subject_id",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",member.role_changed,Changed a member's role,");
    expect(lines[1]).toContain(`,membership,${priyaId}`);

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByRole("table")).toContainText("Downloaded the audit log");
  });
});
