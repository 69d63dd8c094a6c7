import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { seedCouple } from "./seed";
import { signInByEmail, uniqueEmail } from "./support";

/** A therapist's practice with Alex & Sam and weeks of their homework, for charts and a PDF. */
async function seedCouplePath(therapistEmail: string) {
  const { practiceId, coupleId } = await seedCouple({ therapistEmail, withHistory: true });
  return `/p/${practiceId}/couples/${coupleId}`;
}

type Headers = Record<string, string>;
const headersOf = (response: Response | APIResponse | null): Headers => response!.headers();

function scriptSources(headers: Headers): string {
  const policy = headers["content-security-policy"] ?? "";
  return policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
}

/** What every dynamic response must carry; all of Attune's dynamic responses may be clinical. */
function expectSecurityHeaders(headers: Headers) {
  const policy = headers["content-security-policy"] ?? "";
  expect(scriptSources(headers)).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSources(headers)).not.toContain("'unsafe-inline'");
  expect(scriptSources(headers)).not.toContain("'unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
}

/** Collects what the browser reports as a Content-Security-Policy violation on this page. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("every kind of route carries the security headers, and the app works under its CSP", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const therapistEmail = uniqueEmail("therapist");
  const couplePath = await seedCouplePath(therapistEmail);
  const staffViolations = cspViolations(page);

  await test.step("the sign-in page", async () => {
    const first = headersOf(await page.goto("/sign-in"));
    expectSecurityHeaders(first);
    const second = headersOf(await page.goto("/sign-in"));
    expect(scriptSources(second)).not.toBe(scriptSources(first));
  });

  await signInByEmail(page, therapistEmail);
  let partnerLink = "";
  await test.step("a staff page: the couple, with a QR code drawn by its script", async () => {
    expectSecurityHeaders(headersOf(await page.goto(couplePath)));
    await page.getByRole("button", { name: "Show link for Alex" }).click();
    await expect(page.getByRole("img", { name: /QR code of Alex/ })).toBeVisible();
    partnerLink = await page.getByRole("textbox", { name: /Alex.s personal link/ }).inputValue();
  });

  await test.step("the timeline with its charts, and the PDF", async () => {
    expectSecurityHeaders(headersOf(await page.goto(`${couplePath}/timeline`)));
    await expect(
      page.getByRole("region", { name: "Week by week" }).getByRole("img").first(),
    ).toBeVisible();
    const pdf = await page.request.get(`${couplePath}/prep`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expectSecurityHeaders(pdf.headers());
  });
  expect(staffViolations).toEqual([]);

  await test.step("a partner page and the API it calls", async () => {
    const phone = await (await browser.newContext()).newPage();
    const partnerViolations = cspViolations(phone);
    const linkPage = await phone.goto(partnerLink);
    expectSecurityHeaders(headersOf(linkPage));
    const [landed] = await Promise.all([
      phone.waitForResponse((r) => new URL(r.url()).pathname === "/c"),
      phone.getByRole("button", { name: "Continue" }).click(),
    ]);
    await expect(phone).toHaveURL(/\/c$/);
    expectSecurityHeaders(headersOf(landed));
    const api = await phone.request.get("/api/trpc/partner.home");
    expect(api.ok()).toBe(true);
    expectSecurityHeaders(api.headers());
    expect(partnerViolations).toEqual([]);
  });
});

test.describe("a request for another host is refused", () => {
  test("a forged Host gets 421 and nothing of Attune", async ({ request }) => {
    const response = await request.get("/sign-in", { headers: { host: "attacker.example" } });
    expect(response.status()).toBe(421);
    expect(await response.text()).not.toContain("Attune");
  });

  test("the API and auth endpoints are refused too", async ({ request }) => {
    for (const path of ["/api/trpc/partner.home", "/api/auth/csrf"]) {
      const response = await request.get(path, { headers: { host: "attacker.example:80" } });
      expect(response.status(), path).toBe(421);
    }
  });

  test("the health check answers a load balancer probing by IP", async ({ request, baseURL }) => {
    const port = new URL(baseURL!).port;
    const response = await request.get("/api/health", { headers: { host: `127.0.0.1:${port}` } });
    expect(response.status()).toBe(200);
  });

  test("with no trusted proxy, a forged X-Forwarded-Host is ignored, not believed", async ({
    request,
  }) => {
    const response = await request.get("/sign-in", {
      headers: { "x-forwarded-host": "attacker.example" },
    });
    expect(response.status()).toBe(200);
    expect(await response.text()).not.toContain("attacker.example");
  });
});
