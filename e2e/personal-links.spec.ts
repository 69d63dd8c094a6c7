import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { mintPartnerLink } from "../src/server/partner-links/mint-link";
import { partners } from "../src/server/db/schema";
import { seedCouple } from "./seed";
import { expectAccessible, uniqueEmail } from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** A couple and a freshly minted (emailed-style) personal link for each partner. */
async function seedLinks() {
  const { extra } = await seedCouple(
    {
      therapistEmail: uniqueEmail("links-therapist"),
      practiceName: "Harbour Couples",
      label: "Jo & Lee",
      partners: [
        { displayName: "Jo", email: uniqueEmail("jo") },
        { displayName: "Lee", email: uniqueEmail("lee") },
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
      return { jo: await link(jo!.id), lee: await link(lee!.id) };
    },
  );
  return extra;
}

test("a link preview or mail scanner does not use the link; it then opens one device only", async ({
  browser,
  request,
}) => {
  const { jo } = await seedLinks();
  // A mail scanner follows the link: it sees a button and no data.
  const scanned = await request.get(jo);
  expect(scanned.status()).toBe(200);
  const html = await scanned.text();
  expect(html).toContain("Continue to your homework");
  expect(html).not.toContain("Jo");
  expect(html).not.toContain("Harbour Couples");

  const phoneA = await (await browser.newContext(phone)).newPage();
  await phoneA.goto(jo);
  await expectAccessible(phoneA);
  await phoneA.getByRole("button", { name: "Continue" }).click();
  await expect(phoneA).toHaveURL(/\/c$/);
  await expect(phoneA.getByText(/Jo/).first()).toBeVisible();
  // The same link on the same phone carries on.
  await phoneA.goto(jo);
  await expect(phoneA).toHaveURL(/\/c$/);

  // Anywhere else (an old email on another device) it is used up.
  const phoneB = await (await browser.newContext(phone)).newPage();
  await phoneB.goto(jo);
  await expect(phoneB).toHaveURL(/\/c\/new-link\?reason=used/);
  await expect(phoneB.getByText(/already been used/)).toBeVisible();
  await expectAccessible(phoneB);
});

test("a second partner's link on a shared phone asks before replacing the first", async ({
  browser,
}) => {
  const { jo, lee } = await seedLinks();
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(jo);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/c$/);
  await page.goto(lee);
  await expect(page.getByRole("heading", { name: "Someone else is signed in here" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign them out and continue" }).click();
  await expect(page).toHaveURL(/\/c$/);
  await expect(page.getByText(/Lee/).first()).toBeVisible();
});

test("the link exchange refuses a form posted from another site", async ({ request }) => {
  const { jo } = await seedLinks();
  const token = jo.split("/").pop()!;
  const response = await request.post("/c/open", {
    headers: { origin: "http://attacker.example", "sec-fetch-site": "cross-site" },
    form: { token },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("attune_partner");
});
