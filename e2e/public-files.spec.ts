import { expect, test } from "@playwright/test";

test("robots.txt asks every crawler to stay out, and pages say noindex", async ({
  page,
  request,
}) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
  await page.goto("/sign-in");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
});

test("a partner page added to a home screen is a plain 'Homework' tile", async ({
  page,
  request,
}) => {
  await page.goto("/c/new-link");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    short_name: string;
    icons: { src: string }[];
  };
  expect(manifest).toMatchObject({ name: "Homework", short_name: "Homework" });
  await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
    "content",
    "Homework",
  );
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  for (const src of [...manifest.icons.map((icon) => icon.src), appleIcon!]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"], src).toMatch(/^image\//);
  }
  // Nothing on the page's head names therapy or couples.
  const head = (await page.locator("head").innerHTML()).toLowerCase();
  expect(head).not.toMatch(/therap|couple/);
});

test.describe("the local mailbox, which shows every sign-in link, is for this computer only", () => {
  test("a request from this computer sees it", async ({ request }) => {
    const local = await request.get("/dev/mailbox");
    expect(local.status()).toBe(200);
    expect(await local.text()).toContain("Development only");
  });

  test("a request relayed for another address is refused", async ({ request }) => {
    const relayed = await request.get("/dev/mailbox", {
      headers: { "x-forwarded-for": "203.0.113.9" },
    });
    expect(relayed.status()).toBe(404);
    // Next's 404 page, not the mailbox (whose static title alone is in the metadata).
    expect(await relayed.text()).not.toContain("Development only");
  });

  test("a request under another host name (DNS rebinding) is refused", async ({ request }) => {
    const rebound = await request.get("/dev/mailbox", {
      headers: { host: "attacker.example" },
    });
    // Refused by the production host check (421) or, where that is off, by the mailbox (404).
    expect([404, 421]).toContain(rebound.status());
    expect(await rebound.text()).not.toContain("/api/auth/callback");
  });

  test("a socket-address header sent by the client is replaced by the real one", async ({
    request,
  }) => {
    const claimed = await request.get("/dev/mailbox", {
      headers: { "x-attune-peer-address": "203.0.113.9" },
    });
    // The header is overwritten with the real (local) socket address, so this one is allowed.
    expect(claimed.status()).toBe(200);
  });
});
