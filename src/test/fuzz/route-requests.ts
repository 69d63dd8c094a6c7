import fc from "fast-check";
import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { PARTNER_COOKIE } from "~/server/partner-session/partner-session";
import { anyValue, badText, deepNesting } from "./bad-values";
import type { FuzzFixture } from "./fixture";

export interface RouteFile {
  /** "c/session/help/route.ts", relative to src/app */
  file: string;
  /** The URL path with its dynamic segments named: "/p/[practiceId]/audit/export" */
  pattern: string;
  params: string[];
}

const appDir = path.resolve(import.meta.dirname, "../../app");

/**
 * Auth.js's own handler (sign-in links, sessions) is not ours to fuzz and needs Next's runtime to
 * load; the journeys sign in through it.
 */
const NOT_FUZZED = ["api/auth/[...nextauth]/route.ts"];

/** Every route handler under src/app, found on disk: a new one is fuzzed without a change here. */
export function routeFiles(dir = appDir): RouteFile[] {
  return routeFilesIn(dir).filter((route) => !NOT_FUZZED.includes(route.file));
}

function routeFilesIn(dir: string): RouteFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFilesIn(full);
    if (entry.name !== "route.ts") return [];
    const file = path.relative(appDir, full);
    const segments = path
      .dirname(file)
      .split(path.sep)
      .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
    return [
      {
        file,
        pattern: `/${segments.join("/")}`,
        params: segments.flatMap((s) => /^\[(?:\.\.\.)?(\w+)\]$/.exec(s)?.[1] ?? []),
      },
    ];
  });
}

export interface RouteCase {
  request: NextRequest;
  params: Record<string, string | string[]>;
  /** What the case is, for a report. */
  summary: string;
}

const APP_ORIGIN = process.env.APP_URL ?? "http://localhost:3000";

/** Form fields and query parameters the handlers read, each given hostile or plausible values. */
const FIELDS = [
  "token",
  "next",
  "code",
  "answer",
  "version",
  "device",
  "what",
  "idempotencyKey",
  "replace",
  "q",
  "status",
  "therapist",
  "sort",
  "from",
  "to",
  "who",
  "action",
  "couple",
  "input",
  "batch",
];

export function routeCases(route: RouteFile, method: string, fixture: FuzzFixture) {
  const partnerSession = fixture.partnerSession;
  const idLike = fc.oneof(fixture.ids, badText, fc.constant(""));
  const paramValue = (name: string) =>
    name in fixture.idsByField
      ? fc.oneof(fixture.idsByField[name]!, badText)
      : fc.oneof(badText, fc.string({ maxLength: 60 }), fc.constant("x".repeat(43)));
  const params = fc.record(
    Object.fromEntries(
      route.params.map((name) => [
        name,
        name === "nextauth" || name === "trpc"
          ? fc.array(
              fc.oneof(
                fc.constantFrom(
                  "session",
                  "signin",
                  "csrf",
                  "providers",
                  "practices.mine",
                  "partner.home,partner.practice",
                ),
                badText,
              ),
              { minLength: 1, maxLength: 3 },
            )
          : paramValue(name),
      ]),
    ),
  );
  const fieldValue = fc.oneof(
    { weight: 3, arbitrary: badText },
    { weight: 2, arbitrary: idLike },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "accept",
        "decline",
        "own",
        "shared",
        "intro",
        "home-screen",
        "1",
        "0",
        "-1",
        "2026-01-01",
        "/p/x",
        "//evil.test",
        "javascript:alert(1)",
      ),
    },
  );
  const fields = fc.dictionary(
    fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })),
    fieldValue,
    { maxKeys: 6 },
  );
  const body = fc.oneof(
    fields.map((f) => ({
      type: "application/x-www-form-urlencoded",
      text: new URLSearchParams(f).toString(),
    })),
    fc
      .oneof(anyValue, deepNesting, fc.jsonValue())
      .map((v) => ({ type: "application/json", text: safeJson(v) })),
    badText.map((text) => ({ type: "text/plain", text })),
    fc.constant({
      type: "multipart/form-data; boundary=broken",
      text: '--broken\r\nContent-Disposition: form-data; name="token"\r\n\r\nx',
    }),
    fc.constant({ type: "application/x-www-form-urlencoded", text: "%E0%A4%A=%zz&&=&token" }),
    fc.constant(null),
  );
  const headers = fc.record({
    "sec-fetch-site": fc.constantFrom(undefined, "same-origin", "cross-site", "none", "\u0000"),
    origin: fc.constantFrom(undefined, APP_ORIGIN, "null", "https://evil.test"),
    "stripe-signature": fc.constantFrom(undefined, "t=1,v1=abc", "garbage"),
    "x-forwarded-for": fc.constantFrom(undefined, "1.2.3.4", "not an address, ::1"),
    "sec-fetch-mode": fc.constantFrom(undefined, "navigate", "cors"),
    "content-length": fc.constantFrom(undefined, "-1", "99999999999"),
  });
  const cookie = fc.constantFrom(undefined, partnerSession, "garbage", "x".repeat(4096), "\u00e9");
  return fc.tuple(params, fields, body, headers, cookie).map(([p, query, b, h, c]): RouteCase => {
    const pathname = route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) =>
      encodeURIComponent(wellFormed([p[name]].flat().join("/"))),
    );
    const url = new URL(pathname, APP_ORIGIN);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const init: { method: string; headers: Headers; body?: string } = {
      method,
      headers: new Headers(),
    };
    for (const [k, v] of Object.entries(h))
      if (v !== undefined && !/\u0000/.test(v)) init.headers.set(k, v);
    if (c !== undefined)
      init.headers.set("cookie", `${PARTNER_COOKIE}=${encodeURIComponent(wellFormed(c))}`);
    if (b && method !== "GET" && method !== "HEAD") {
      init.body = b.text;
      init.headers.set("content-type", b.type);
      init.headers.delete("content-length");
    }
    return {
      request: new NextRequest(url, init),
      // As Next.js hands them over: decoded from the URL, so never half a surrogate pair.
      params: Object.fromEntries(
        Object.entries(p).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.map(wellFormed) : wellFormed(v),
        ]),
      ),
      summary: `${method} ${url.pathname.slice(0, 120)}${url.search.length > 0 ? "?…" : ""} body:${b?.type ?? "none"} ${b ? b.text.length : 0}B`,
    };
  });
}

/** A URL cannot carry half a surrogate pair; a browser sends U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

function safeJson(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null"
    );
  } catch {
    return "[]";
  }
}
