import { expect, test } from "vitest";
import { postedFromAttune } from "./same-origin-form";

const app = "https://app.attune.example";
const posted = (headers: Record<string, string>) => postedFromAttune(new Headers(headers), app);

test("a form from Attune's own page is accepted, whatever the referrer policy did to Origin", () => {
  expect(posted({ "sec-fetch-site": "same-origin", origin: "null" })).toBe(true);
  expect(posted({ "sec-fetch-site": "none" })).toBe(true);
  expect(posted({ origin: app })).toBe(true);
});

test("a form from another site, or a sibling subdomain, is refused", () => {
  expect(posted({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toBe(false);
  expect(posted({ "sec-fetch-site": "same-site", origin: "https://x.attune.example" })).toBe(false);
  expect(posted({ origin: "https://evil.example" })).toBe(false);
});
