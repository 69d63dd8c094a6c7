import { expect, test } from "@playwright/test";
import { linkFromMailbox, uniqueEmail } from "./support";

const forged = { "x-forwarded-host": "attacker.example", "x-forwarded-proto": "http" };

test.describe("a forged host never reaches a sign-in email", () => {
  test("through the sign-in form", async ({ page, baseURL }) => {
    const email = uniqueEmail("forged-form");
    // Capture the form's real server-action request, then replay it as an attacker with curl
    // would: a forged forwarded host and an Origin that matches it (a browser cannot forge those).
    let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/sign-in", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      captured = {
        url: request.url(),
        headers: request.headers(),
        body: request.postDataBuffer()!,
      };
      await route.abort();
    });
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect.poll(() => captured).toBeDefined();
    const replay = await page.request.fetch(captured!.url, {
      method: "POST",
      headers: { ...captured!.headers, ...forged, origin: "http://attacker.example" },
      data: captured!.body,
      maxRedirects: 0,
    });
    expect(replay.status()).toBeLessThan(500);
    const link = await linkFromMailbox(page, email, /sign-in link/i);
    expect(new URL(link).origin).toBe(baseURL);
  });

  test("through Auth.js's own endpoint", async ({ request, page, baseURL }) => {
    const email = uniqueEmail("forged-api");
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/signin/resend", {
      headers: { ...forged, origin: "http://attacker.example" },
      form: { email, csrfToken: csrf.csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["location"] ?? "").not.toContain("attacker.example");
    const link = await linkFromMailbox(page, email, /sign-in link/i);
    expect(new URL(link).origin).toBe(baseURL);
  });
});

test("a return path that leaves Attune is replaced by the home page", async ({ page, baseURL }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\\attacker.example")}`);
  const field = page.locator('input[name="callbackUrl"]');
  await expect(field).toHaveValue("/");
  expect(new URL(page.url()).origin).toBe(baseURL);
});

test("asking for a sign-in link again and again sends only a few emails, with the same answer", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("flood");
  for (let i = 0; i < 8; i++) {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/signin/resend", {
      form: { email, csrfToken: csrf.csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    // The same answer every time: go and check your email.
    expect(response.headers()["location"]).toMatch(/verify-request|check-email/);
  }
  await linkFromMailbox(page, email, /sign-in link/i);
  await expect(page.getByRole("article")).toHaveCount(5);
});

test("the API refuses oversized bodies and overlong batches", async ({ request }) => {
  const tooBig = await request.post("/api/trpc/partner.submitEntry", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ json: { note: "x".repeat(600 * 1024) } }),
  });
  expect(tooBig.status()).toBe(413);
  const paths = Array.from({ length: 11 }, () => "practices.mine").join(",");
  const input = encodeURIComponent(JSON.stringify({}));
  const batch = await request.get(`/api/trpc/${paths}?batch=1&input=${input}`);
  expect(batch.status()).toBe(400);
});
