import { expect, test, type Browser, type Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { examplePayload } from "../src/homework/micro-hurt";
import { getKind } from "../src/homework/registry";
import { assignHomework } from "../src/server/assignments/assignments";
import { auditEvents, consentTexts, entries, partners, users } from "../src/server/db/schema";
import { mintPartnerLink } from "../src/server/partner-links/mint-link";
import { e2eDatabase } from "./database";
import { seedCouple } from "./seed";
import { expectAccessible, uniqueEmail } from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/**
 * Kit and Noor, who have not accepted the consent yet; their therapist Robin Hart, LMFT; a
 * micro-hurt log (whenever) and a weekly check-in; Noor shared one entry with Kit and flagged
 * another (shared on the row, which must never reach Kit).
 */
async function seedKitAndNoor() {
  const therapistEmail = uniqueEmail("home-therapist");
  const { practiceId, extra } = await seedCouple(
    {
      therapistEmail,
      label: "Kit & Noor",
      consented: false,
      partners: [
        { displayName: "Kit", email: uniqueEmail("kit") },
        { displayName: "Noor", email: uniqueEmail("noor") },
      ],
    },
    async (db, { practiceId, coupleId }) => {
      const [therapist] = await db
        .update(users)
        .set({ credentials: "LMFT" })
        .where(eq(users.email, therapistEmail))
        .returning();
      const [kit, noor] = await db
        .select({ id: partners.id })
        .from(partners)
        .where(eq(partners.coupleId, coupleId))
        .orderBy(partners.position);
      const scope = { practiceId, userId: therapist!.id, role: "owner" as const };
      const log = await assignHomework(db, scope, {
        coupleId,
        kind: "micro_hurt",
        partnerPositions: [1, 2],
        cadence: "whenever",
      });
      await assignHomework(db, scope, {
        coupleId,
        kind: "soft_checkin",
        partnerPositions: [1, 2],
        cadence: "weekly",
      });
      // Told apart by intensity, which the list's snippet shows.
      const noorEntry = (intensity: number, extra: Partial<typeof entries.$inferInsert>) => ({
        practiceId,
        coupleId,
        partnerId: noor!.id,
        assignmentId: log.id,
        kind: "micro_hurt" as const,
        schemaVersion: getKind("micro_hurt").version,
        payload: { ...examplePayload, intensity },
        occurredAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
        idempotencyKey: crypto.randomUUID(),
        ...extra,
      });
      await db
        .insert(entries)
        .values([
          noorEntry(3, { visibility: "shared" }),
          noorEntry(9, { visibility: "shared", safetyFlag: true }),
          noorEntry(7, { visibility: "private" }),
        ]);
      const minted = await mintPartnerLink(db, {
        practiceId,
        partnerId: kit!.id,
        createdByUserId: null,
      });
      // The path only: this process's APP_URL is not the server's.
      return { kitId: kit!.id, link: new URL(minted.url).pathname };
    },
  );
  return { practiceId, ...extra };
}

async function openOnPhone(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Continue" }).click();
  return page;
}

async function auditOf(practiceId: string, action: string) {
  const { db, close } = e2eDatabase();
  try {
    return await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.practiceId, practiceId), eq(auditEvents.action, action)));
  } finally {
    await close();
  }
}

test("first opening on a phone: consent first, then a home that orients, and a share preview", async ({
  browser,
}) => {
  const { practiceId, link, kitId } = await seedKitAndNoor();
  const page = await openOnPhone(browser, link);

  await test.step("the consent comes before anything else, on pages and in the API", async () => {
    await expect(page).toHaveURL(/\/c\/consent$/);
    await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
    await expect(page.getByText(/not an emergency service/)).toBeVisible();
    await expectAccessible(page);
    await page.goto("/c/settings");
    await expect(page).toHaveURL(/\/c\/consent$/);
    const api = await page.request.get("/api/trpc/partner.overview");
    expect(api.status()).toBe(403);
    // Help never waits on it.
    await page.goto("/c/help");
    await expect(page.getByRole("heading", { name: "Help", exact: true })).toBeVisible();
    await page.goto("/c/consent");
  });

  await test.step("Kit accepts: the home names the therapist and says who reads what", async () => {
    await page.getByRole("button", { name: "I agree, continue" }).click();
    await expect(page).toHaveURL(/\/c$/);
    await expect(page.getByRole("heading", { name: "Hi Kit" })).toBeVisible();
    await expect(page.getByTestId("therapist")).toHaveText("Your therapist: Robin Hart, LMFT");
    await expect(page.getByRole("heading", { name: "Who reads what" })).toBeVisible();
    await expectAccessible(page);
    expect((await auditOf(practiceId, "partner.consent_accepted")).map((e) => e.details)).toEqual([
      { partnerId: kitId, version: 0, shownOnScreen: false },
    ]);
  });

  await test.step("the introduction, once; the home-screen steps on their own phone", async () => {
    await page.getByRole("button", { name: "Yes, only I use it" }).click();
    const intro = page.getByRole("region", { name: "Who reads what" });
    await intro.getByRole("button", { name: "Got it" }).click();
    await expect(page.getByRole("heading", { name: "Who reads what" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Hi Kit" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Who reads what" })).toHaveCount(0);
    const tip = page.getByRole("region", { name: "Open this in one tap" });
    await tip.getByText("On an iPhone (Safari)").click();
    await expect(tip.getByText(/Add to Home Screen/)).toBeVisible();
    await expectAccessible(page);
    await tip.getByRole("button", { name: "Got it" }).click();
    await expect(page.getByRole("heading", { name: "Open this in one tap" })).toHaveCount(0);
  });

  await test.step("This week: what is due, most pressing first", async () => {
    const week = page.getByRole("region", { name: "This week" });
    const items = week.getByRole("listitem");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText("To do this week");
    await expect(items.nth(1)).toContainText("Whenever it happens");
  });

  await test.step("entries: shared with me shows Noor's shared entry, never the flagged or private one", async () => {
    const list = page.getByRole("region", { name: "Entries" });
    await expect(list.getByText("shared by Noor")).toHaveCount(1);
    await expect(list.getByText(/intensity 3/)).toBeVisible();
    await list.getByRole("link", { name: "Mine" }).click();
    await expect(page).toHaveURL(/show=mine/);
    await expect(list.getByText("What you send will appear here.")).toBeVisible();
    await list.getByRole("link", { name: "Shared with me" }).click();
    await expect(list.getByRole("link", { name: "Shared with me" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(list.getByText("shared by Noor")).toHaveCount(1);
    await expect(list.getByText(/intensity 3/)).toBeVisible();
    await expect(page.getByText(/intensity 9/)).toHaveCount(0);
    await expect(page.getByText(/intensity 7/)).toHaveCount(0);
    await expectAccessible(page);
  });

  const words = `The car keys, again (${kitId.slice(0, 8)}).`;
  await test.step("ticking Share shows what Noor will see before anything is sent", async () => {
    await page.goto("/c");
    await page
      .getByRole("region", { name: "This week" })
      .getByRole("link", { name: /Micro-hurt log/ })
      .click();
    // It opens on the quick log, which stays private; sharing is on the full form, one tap away.
    await page.getByRole("link", { name: /open the full form/ }).click();
    await page.getByLabel("What happened?").fill(words);
    await page.getByRole("radio", { name: "Phone or distraction" }).check();
    await page.getByRole("checkbox", { name: "Lonely" }).check();
    await page.getByRole("radio", { name: "4" }).check();
    for (const question of [/Did you raise it/, /Was it repaired/]) {
      await page
        .getByRole("group", { name: question })
        .getByRole("radio", { name: "Not yet" })
        .check();
    }
    await page.getByRole("checkbox", { name: /Share this with my partner/ }).check();
    await page.getByRole("button", { name: "Send to my therapist" }).click();
    const preview = page.getByRole("region", { name: "Your partner will see this" });
    await expect(preview).toBeVisible();
    await expect(preview.getByText(words)).toBeVisible();
    await expectAccessible(page);
    // Back to the answers: nothing was sent.
    await preview.getByRole("button", { name: "Back to my answers" }).click();
    await expect(page.getByLabel("What happened?")).toHaveValue(words);
  });

  await test.step("then confirms, and it is shared", async () => {
    await page.getByRole("button", { name: "Send to my therapist" }).click();
    await page.getByRole("button", { name: "Share and send" }).click();
    await expect(page.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();
    await expect(page.getByText("Your therapist and your partner can see it.")).toBeVisible();
    const { db, close } = e2eDatabase();
    const rows = await db.select().from(entries).where(eq(entries.partnerId, kitId));
    await close();
    expect(rows.map((r) => r.visibility)).toEqual(["shared"]);
  });
});

test("declining is met kindly and recorded only in the audit; a new version is asked again", async ({
  browser,
}) => {
  const { practiceId, link, kitId } = await seedKitAndNoor();
  const page = await openOnPhone(browser, link);
  await page.getByRole("button", { name: "I don’t agree" }).click();
  await expect(page.getByRole("heading", { name: "That’s all right" })).toBeVisible();
  await expect(page.getByText(/Your therapist will talk with you/)).toBeVisible();
  await expectAccessible(page);
  expect((await auditOf(practiceId, "partner.consent_declined")).map((e) => e.details)).toEqual([
    { partnerId: kitId, version: 0 },
  ]);
  await page.goto("/c");
  await expect(page).toHaveURL(/\/c\/consent$/);
  await page.getByRole("button", { name: "I agree, continue" }).click();
  await expect(page.getByRole("heading", { name: "Hi Kit" })).toBeVisible();

  // The practice writes its own text: Kit reads and accepts version 1 at the next page.
  const body = "Our practice's own words about homework between sessions, version one.";
  const { db, close } = e2eDatabase();
  await db.insert(consentTexts).values({ practiceId, version: 1, body });
  await close();
  await page.reload();
  await expect(page).toHaveURL(/\/c\/consent$/);
  await expect(page.getByText(body)).toBeVisible();
  await page.getByRole("button", { name: "I agree, continue" }).click();
  await expect(page.getByRole("heading", { name: "Hi Kit" })).toBeVisible();
  expect(
    (await auditOf(practiceId, "partner.consent_accepted")).map(
      (e) => (e.details as { version: number }).version,
    ),
  ).toEqual([0, 1]);
});
