import { describe, expect, test } from "vitest";
import { isAddressedToApp, isHostCheckExempt } from "./host-check";

const appUrl = "https://app.attune.example";

describe("requests addressed to another host are refused", () => {
  test.each([
    ["app.attune.example", true],
    ["APP.Attune.Example", true],
    ["app.attune.example:443", true],
    ["app.attune.example:8443", false],
    ["attacker.example", false],
    ["app.attune.example.attacker.example", false],
    ["app.attune.example/evil", false],
    ["evil@app.attune.example", false],
    ["", false],
  ])("Host %j with no proxy → %s", (host, allowed) => {
    expect(isAddressedToApp(new Headers(host ? { host } : {}), appUrl, 0)).toBe(allowed);
  });

  test("with no proxy, a forged X-Forwarded-Host neither helps nor hurts", () => {
    const forgedGood = new Headers({
      host: "attacker.example",
      "x-forwarded-host": "app.attune.example",
    });
    expect(isAddressedToApp(forgedGood, appUrl, 0)).toBe(false);
    const forgedBad = new Headers({
      host: "app.attune.example",
      "x-forwarded-host": "attacker.example",
    });
    expect(isAddressedToApp(forgedBad, appUrl, 0)).toBe(true);
  });

  test("behind a proxy, the forwarded host decides even when Host is the upstream name", () => {
    const proxied = new Headers({ host: "web:3000", "x-forwarded-host": "app.attune.example" });
    expect(isAddressedToApp(proxied, appUrl, 1)).toBe(true);
  });

  test("behind a proxy, a client's own X-Forwarded-Host entry gets the request refused", () => {
    const appended = new Headers({
      host: "web:3000",
      "x-forwarded-host": "attacker.example, app.attune.example",
    });
    expect(isAddressedToApp(appended, appUrl, 1)).toBe(false);
    const overwritten = new Headers({ host: "web:3000", "x-forwarded-host": "attacker.example" });
    expect(isAddressedToApp(overwritten, appUrl, 1)).toBe(false);
  });

  test("behind a proxy that sends no X-Forwarded-Host, Host must be ours", () => {
    expect(isAddressedToApp(new Headers({ host: "app.attune.example" }), appUrl, 1)).toBe(true);
    expect(isAddressedToApp(new Headers({ host: "attacker.example" }), appUrl, 1)).toBe(false);
  });

  test("a port in APP_URL must be the port asked for", () => {
    const local = "http://localhost:3206";
    expect(isAddressedToApp(new Headers({ host: "localhost:3206" }), local, 0)).toBe(true);
    expect(isAddressedToApp(new Headers({ host: "localhost" }), local, 0)).toBe(false);
    expect(isAddressedToApp(new Headers({ host: "127.0.0.1:3206" }), local, 0)).toBe(false);
  });
});

test("only the health check answers whatever the host", () => {
  expect(isHostCheckExempt("/api/health")).toBe(true);
  expect(isHostCheckExempt("/api/health/x")).toBe(false);
  expect(isHostCheckExempt("/api/trpc/partner.me")).toBe(false);
});
