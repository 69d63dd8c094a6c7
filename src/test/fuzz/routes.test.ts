import fc from "fast-check";
import { sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import type { Database } from "~/server/db/client";
import type { SessionUser } from "~/server/trpc/context";
import { countChanges, ownFuzzDatabase, rowCounter } from "./fuzz-database";
import { seedFuzzFixture, type FuzzFixture } from "./fixture";
import { leaksInternals } from "./leaks";
import { routeCases, routeFiles } from "./route-requests";
import { fuzzSeed } from "./run-fuzz";

// Route handlers read the staff member from Auth.js's cookies through Next's request scope, which
// a test has not got: who is signed in is chosen here. The partner's session is a real cookie.
const who: { user: SessionUser | null } = { user: null };
vi.mock("~/server/auth/staff-session", () => ({
  currentUser: () => Promise.resolve(who.user),
  currentSignIn: () =>
    Promise.resolve(who.user ? { user: who.user, awaitsSecondFactor: false } : null),
  secondFactorSetupPath: (next: string) => `/mfa/setup?next=${encodeURIComponent(next)}`,
  secondFactorPath: (next: string) => `/mfa/verify?next=${encodeURIComponent(next)}`,
}));
vi.mock("~/server/partner-session/current-partner", () => ({
  currentPartner: () => Promise.resolve(null),
}));

const CASES_PER_METHOD = Math.round(400 * Number(process.env.FUZZ_SCALE ?? "1"));
const cache = globalThis as unknown as { attuneDb?: Database };

class RolledBack extends Error {}

describe(`fuzzing route handlers (seed ${fuzzSeed})`, () => {
  let db: Database;
  let fixture: FuzzFixture;
  test("the fuzz database and its practice are ready", async () => {
    db = await ownFuzzDatabase();
    fixture = await seedFuzzFixture(db);
  }, 60_000);

  for (const route of routeFiles()) {
    test(
      route.pattern,
      async () => {
        const handlers = (await import(`../../app/${route.file.replace(/\.ts$/, "")}`)) as Record<
          string,
          unknown
        >;
        const methods = ["GET", "POST", "PUT", "DELETE"].filter(
          (m) => typeof handlers[m] === "function",
        );
        expect(methods.length).toBeGreaterThan(0);
        const count = await rowCounter(db);
        const before = await count(db);
        const problems: string[] = [];
        for (const method of methods) {
          const handler = handlers[method] as (r: Request, c: unknown) => Promise<Response>;
          const seed = fuzzSeed ^ route.pattern.length ^ method.length;
          const roles = [null, fixture.staff.owner, fixture.staff.therapist];
          for (const [index, c] of fc
            .sample(routeCases(route, method, fixture), { numRuns: CASES_PER_METHOD, seed })
            .entries()) {
            who.user = roles[index % roles.length]!;
            const problem = await runRouteCase(db, handler, c, { count, before });
            if (problem) problems.push(`${problem} — ${c.summary}`);
          }
        }
        cache.attuneDb = undefined;
        expect([...new Set(problems)].slice(0, 6), `replay with FUZZ_SEED=${fuzzSeed}`).toEqual([]);
        expect(countChanges(before, await count(db))).toEqual([]);
      },
      240_000,
    );
  }
});

/** One request in a transaction that is always rolled back; the handlers' getDb() answers with it. */
async function runRouteCase(
  db: Database,
  handler: (r: Request, c: unknown) => Promise<Response>,
  c: { request: Request; params: Record<string, unknown> },
  counts: { count: Awaited<ReturnType<typeof rowCounter>>; before: Record<string, number> },
): Promise<string | null> {
  let problem: string | null = null;
  try {
    await db.transaction(async (tx) => {
      cache.attuneDb = Object.assign(tx, { $client: db.$client });
      let response: Response;
      try {
        response = await handler(c.request, { params: Promise.resolve(c.params) });
      } catch (error) {
        // Next.js answers a redirect() or notFound() thrown by a handler itself; anything else is a 500.
        const digest = (error as { digest?: unknown }).digest;
        if (typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest))
          throw new RolledBack();
        problem = `threw (a 500): ${String(error).slice(0, 200)}`;
        throw new RolledBack();
      }
      const text =
        response.headers.get("content-type")?.includes("pdf") ||
        response.headers.get("content-type")?.includes("zip")
          ? ""
          : await response.text();
      if (response.status >= 500) problem = `answered ${response.status}: ${text.slice(0, 200)}`;
      else if (leaksInternals(text))
        problem = `shows internals (${leaksInternals(text)}): ${text.slice(0, 200)}`;
      else if (response.status >= 400) {
        const { rows } = await tx.execute<{ xid: string | null }>(
          sql`select txid_current_if_assigned()::text as xid`,
        );
        if (rows[0]?.xid != null) {
          const changes = countChanges(counts.before, await counts.count(tx));
          if (changes.length > 0)
            problem = `refused (${response.status}), yet changed row counts: ${changes.join(", ")}`;
        }
      }
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack))
      problem = `the case's transaction failed: ${String(error).slice(0, 200)}`;
  }
  return problem;
}
