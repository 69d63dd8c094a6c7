import {
  expect,
  test,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { assignHomework } from "../src/server/assignments/assignments";
import { entries, memberships, partners, partnerSessions } from "../src/server/db/schema";
import { mintPartnerLink } from "../src/server/partner-links/mint-link";
import { e2eDatabase } from "./database";
import { seedCouple } from "./seed";
import { expectAccessible, mailFromMailbox, uniqueEmail } from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const NEUTRAL_SITE = "https://www.google.com/";

/** A couple (Jo and Lee), a personal link for each, and optionally a micro-hurt log for both. */
async function seedPhones({ assign = false } = {}) {
  const therapistEmail = uniqueEmail("safety-therapist");
  const emails = { jo: uniqueEmail("jo"), lee: uniqueEmail("lee") };
  const { practiceId, coupleId, extra } = await seedCouple(
    {
      therapistEmail,
      label: "Jo & Lee",
      partners: [
        { displayName: "Jo", email: emails.jo },
        { displayName: "Lee", email: emails.lee },
      ],
    },
    async (db, { practiceId, coupleId }) => {
      const [jo, lee] = await db
        .select({ id: partners.id })
        .from(partners)
        .where(eq(partners.coupleId, coupleId))
        .orderBy(partners.position);
      // The path only: this process's APP_URL is not the server's.
      const link = async (partnerId: string) => {
        const minted = await mintPartnerLink(db, { practiceId, partnerId, createdByUserId: null });
        return new URL(minted.url).pathname;
      };
      if (assign) {
        const [owner] = await db
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(eq(memberships.practiceId, practiceId));
        await assignHomework(
          db,
          { practiceId, userId: owner!.userId, role: "owner" },
          { coupleId, kind: "micro_hurt", partnerPositions: [1, 2], cadence: "whenever" },
        );
      }
      return { joId: jo!.id, jo: await link(jo!.id), lee: await link(lee!.id) };
    },
  );
  return { practiceId, coupleId, therapistEmail, emails, ...extra };
}

async function newPhone(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return (await browser.newContext({ ...phone, ...options })).newPage();
}

/** Opens a personal link the way a partner does: the link page, then Continue. */
async function openLink(page: Page, path: string, name: string) {
  await page.goto(path);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/c$/);
  await expect(page.getByRole("heading", { name: `Hi ${name}` })).toBeVisible();
}

async function sessionsOf(partnerId: string) {
  const { db, close } = e2eDatabase();
  try {
    return await db.select().from(partnerSessions).where(eq(partnerSessions.partnerId, partnerId));
  } finally {
    await close();
  }
}

async function cookieNames(page: Page) {
  return (await page.context().cookies()).map((c) => c.name);
}

async function draftKeys(page: Page) {
  return page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) =>
      k.startsWith("attune:"),
    ),
  );
}

test("the device question: a shared phone signs out after idle minutes, and its used link opens nothing", async ({
  browser,
}) => {
  const { jo, joId } = await seedPhones();
  const page = await newPhone(browser);
  await openLink(page, jo, "Jo");
  await expect(page.getByRole("heading", { name: "Is this your own device?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /shared, or I.m not sure/ }).click();
  await expect(page.getByRole("heading", { name: "Is this your own device?" })).toHaveCount(0);
  expect((await sessionsOf(joId)).map((s) => s.device)).toEqual(["shared"]);
  // A shared session's cookie dies with the browser.
  const shared = (await page.context().cookies()).find((c) => c.name === "attune_partner");
  expect(shared?.expires).toBe(-1);

  // Half an hour without use on a shared phone: signed out.
  const { db, close } = e2eDatabase();
  await db
    .update(partnerSessions)
    .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
    .where(eq(partnerSessions.partnerId, joId));
  await close();
  await page.goto("/c");
  await expect(page).toHaveURL(/\/c\/new-link\?reason=session/);

  // On a shared phone the used link (still in the browser's history) opens nothing again.
  await page.goto(jo);
  await expect(page).toHaveURL(/\/c\/new-link\?reason=used/);
});

test("sign-out ends the session and clears drafts; the same link signs back in on this phone", async ({
  browser,
}) => {
  const { jo, joId } = await seedPhones({ assign: true });
  const page = await newPhone(browser);
  await openLink(page, jo, "Jo");
  await page.getByRole("button", { name: "Yes, only I use it" }).click();
  // Their own phone: signed in for the link's lifetime.
  const own = (await page.context().cookies()).find((c) => c.name === "attune_partner");
  expect(own!.expires * 1000 - Date.now()).toBeGreaterThan(13 * 24 * 60 * 60 * 1000);
  await page.getByRole("link", { name: /Micro-hurt log/ }).click();
  await page.getByLabel("What happened?").fill("A draft that should not stay behind.");
  await expect.poll(() => draftKeys(page)).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You’re signed out" })).toBeVisible();
  await expectAccessible(page);
  expect(await draftKeys(page)).toEqual([]);
  expect(await sessionsOf(joId)).toEqual([]);
  expect(await cookieNames(page)).not.toContain("attune_partner");
  expect(await cookieNames(page)).toContain("attune_device");
  await page.goto("/c");
  await expect(page).toHaveURL(/\/c\/new-link\?reason=session/);

  // The emailed link signs back in on their own phone, with no new email, and nowhere else.
  await openLink(page, jo, "Jo");
  const other = await newPhone(browser);
  await other.goto(jo);
  await expect(other).toHaveURL(/\/c\/new-link\?reason=used/);
});

test("quick exit: one tap (or the first Tab) leaves for a neutral site, taking session, device and drafts", async ({
  browser,
}) => {
  const { jo, joId } = await seedPhones({ assign: true });
  const page = await newPhone(browser);
  await page
    .context()
    .route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Search</title>Search" }),
    );
  await openLink(page, jo, "Jo");
  await page.getByRole("link", { name: /Micro-hurt log/ }).click();
  await page.getByLabel("What happened?").fill("Something nobody else should find.");
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  await expectAccessible(page);

  // Reachable first from the keyboard on a freshly loaded page (the draft survives the reload).
  await page.reload();
  await expect(page.getByLabel("What happened?")).toHaveValue("Something nobody else should find.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeFocused();
  await page.getByRole("button", { name: "Quick exit" }).tap();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect.poll(async () => (await sessionsOf(joId)).length).toBe(0);
  expect(await cookieNames(page)).not.toContain("attune_partner");
  expect(await cookieNames(page)).not.toContain("attune_device");

  // Back on Attune in the same tab: nothing left, and the link no longer opens here.
  await page.goto("/c/signed-out");
  expect(await draftKeys(page)).toEqual([]);
  await page.goto(jo);
  await expect(page).toHaveURL(/\/c\/new-link\?reason=used/);
});

test("I need help: numbers to tap at once; alerted is said only once the server confirms", async ({
  browser,
}) => {
  const { jo, lee, therapistEmail } = await seedPhones();
  const page = await newPhone(browser);
  await openLink(page, jo, "Jo");
  await page.getByRole("link", { name: "I need help" }).first().click();
  await expect(page.getByRole("heading", { name: "Help", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "988" })).toHaveAttribute("href", "tel:988");
  await expect(page.getByRole("link", { name: "text START to 88788" })).toHaveAttribute(
    "href",
    "sms:88788?body=START",
  );
  await expect(page.getByText(/not an emergency service/)).toBeVisible();
  await expectAccessible(page);

  // Hold the request: while it is on its way, nothing claims the therapist knows.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/trpc/partner.askForHelp", async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Tell my therapist I need help" }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeVisible();
  await expect(page.getByText(/has been alerted/)).toHaveCount(0);
  release();
  await expect(page.getByText("Your therapist has been alerted.")).toBeVisible();
  await expectAccessible(page);
  const alert = await mailFromMailbox(page, therapistEmail, /A client needs your attention/);
  await expect(alert).not.toContainText("Jo");

  // Without scripts the same button works: the page confirms after the server has it.
  const plain = await newPhone(browser, { javaScriptEnabled: false });
  await plain.goto(lee);
  await plain.getByRole("button", { name: "Continue" }).click();
  await plain.goto("/c/help");
  await expect(plain.getByText(/has been alerted/)).toHaveCount(0);
  await plain.getByRole("button", { name: "Tell my therapist I need help" }).click();
  await expect(plain).toHaveURL(/\/c\/help\?sent=/);
  await expect(plain.getByText("Your therapist has been alerted.")).toBeVisible();
});

test("a flagged entry cannot be shared: the share box is disabled with a reason, the partner never sees it", async ({
  browser,
}) => {
  const { jo, lee, joId } = await seedPhones({ assign: true });
  const words = `We argued and I was scared (${joId}).`;
  const page = await newPhone(browser);
  await openLink(page, jo, "Jo");
  await page.getByRole("link", { name: /Micro-hurt log/ }).click();
  await page.getByRole("link", { name: /open the full form/ }).click();
  await page.getByLabel("What happened?").fill(words);
  await page.getByRole("radio", { name: "Phone or distraction" }).check();
  await page.getByRole("checkbox", { name: "Lonely" }).check();
  await page.getByRole("radio", { name: "8" }).check();
  await page
    .getByRole("group", { name: /Did you raise it/ })
    .getByRole("radio", { name: "Not yet" })
    .check();
  await page
    .getByRole("group", { name: /Was it repaired/ })
    .getByRole("radio", { name: "Not yet" })
    .check();
  const share = page.getByRole("checkbox", { name: /Share this with my partner/ });
  await share.check();
  await page.getByText("Who reads this?").click();
  await expect(page.getByText(/will not read out or quote a private entry/)).toBeVisible();
  await page.getByRole("checkbox", { name: /I don.t feel safe/ }).check();
  await expect(share).toBeDisabled();
  await expect(share).not.toBeChecked();
  await expect(page.getByText(/this stays between you and your therapist/)).toBeVisible();
  await expect(page.getByRole("link", { name: "116 123" })).toHaveAttribute("href", "tel:116123");
  await expect(page.getByText(/has been alerted/)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send to my therapist" }).click();
  await expect(page.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();
  await expect(page.getByText("Your therapist has been alerted.")).toBeVisible();
  await expect(page.getByText("Only your therapist can see it.")).toBeVisible();

  const { db, close } = e2eDatabase();
  const [saved] = await db
    .select({ visibility: entries.visibility, safetyFlag: entries.safetyFlag })
    .from(entries)
    .where(eq(entries.partnerId, joId));
  await close();
  expect(saved).toEqual({ visibility: "private", safetyFlag: true });

  const other = await newPhone(browser);
  await openLink(other, lee, "Lee");
  await expect(other.getByText("shared by Jo")).toHaveCount(0);
  await expect(other.getByText(words)).toHaveCount(0);
});

test("quick exit works on a phone with scripts turned off", async ({ browser }) => {
  const { jo, joId } = await seedPhones();
  const page = await newPhone(browser, { javaScriptEnabled: false });
  await page
    .context()
    .route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Search</title>Search" }),
    );
  await openLink(page, jo, "Jo");
  await page.getByRole("button", { name: "Quick exit" }).tap();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(await sessionsOf(joId)).toEqual([]);
  expect(await cookieNames(page)).not.toContain("attune_partner");
  expect(await cookieNames(page)).not.toContain("attune_device");
});
