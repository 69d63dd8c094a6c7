import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getErrorShape } from "@trpc/server/shared";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import type { Database, Transaction } from "~/server/db/client";
import type { Context } from "~/server/trpc/context";
import { appRouter, createCaller } from "~/server/trpc/root";
import { countChanges, rowCounter, type RowCounts } from "./fuzz-database";
import type { FuzzFixture, Role } from "./fixture";
import { inputsFor, type FuzzedProcedure } from "./procedures";
import { leaksInternals } from "./leaks";

/** How many generated inputs each role sends to one procedure: 1,000 in all. */
function casesPerRole(procedure: FuzzedProcedure): Record<Role, number> {
  const scale = Number(process.env.FUZZ_SCALE ?? "1");
  const split: Record<Role, number> = procedure.path.startsWith("partner.")
    ? { partner: 700, owner: 100, therapist: 100, signedOut: 100 }
    : { owner: 400, therapist: 300, partner: 150, signedOut: 150 };
  return Object.fromEntries(
    Object.entries(split).map(([role, n]) => [role, Math.max(1, Math.round(n * scale))]),
  ) as Record<Role, number>;
}

/** The run's seed: random each run, printed with any finding; FUZZ_SEED replays one. */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

export interface Finding {
  role: Role;
  problem: string;
  input: string;
}

interface Outcome {
  problem?: string;
  /** the call resolved: the input was valid (its changes are rolled back with the case) */
  valid: boolean;
}

class RolledBack extends Error {}

/**
 * Send every generated input to one procedure as each role. Each case runs in a transaction that
 * is always rolled back, so valid inputs (which may change things: remove a member, require a
 * second factor) never change what the next case sees. A refused case must leave no trace: if it
 * wrote anything at all (PostgreSQL assigned its transaction an id), every table's row count,
 * read inside the transaction before the rollback, must equal the counts before the batch. Row
 * counts outside, before and after the whole batch, catch anything written past the transaction.
 */
export async function fuzzProcedure(
  db: Database,
  fixture: FuzzFixture,
  procedure: FuzzedProcedure,
): Promise<{ findings: Finding[]; cases: number; valid: number; outsideChanges: string[] }> {
  const count = await rowCounter(db);
  const before = await count(db);
  const findings: Finding[] = [];
  let cases = 0;
  let valid = 0;
  const hints = {
    ids: fixture.ids,
    property: (name: string) => fixture.idsByField[name],
  };
  const inputs = inputsFor(procedure, hints);
  for (const [role, n] of Object.entries(casesPerRole(procedure)) as [Role, number][]) {
    const seed = fuzzSeed ^ hash(`${procedure.path}:${role}`);
    for (const input of fc.sample(inputs, { numRuns: n, seed })) {
      const outcome = await runCase(db, fixture, procedure, role, input, { count, before });
      cases += 1;
      if (outcome.valid) valid += 1;
      if (outcome.problem)
        findings.push({ role, problem: outcome.problem, input: describe(input) });
    }
  }
  return { findings, cases, valid, outsideChanges: countChanges(before, await count(db)) };
}

async function runCase(
  db: Database,
  fixture: FuzzFixture,
  procedure: FuzzedProcedure,
  role: Role,
  input: unknown,
  counts: { count: (on: Transaction) => Promise<RowCounts>; before: RowCounts },
): Promise<Outcome> {
  let outcome: Outcome = { valid: false };
  try {
    await db.transaction(async (tx) => {
      const ctx: Context = {
        // The pool stays reachable for what must not wait for the transaction (a pg-boss send).
        db: Object.assign(tx, { $client: db.$client }),
        ...fixture.callers[role],
        requesterKey: `fuzz-${role}`,
      };
      outcome = await callOnce(ctx, procedure, input);
      if (!outcome.valid && !outcome.problem) outcome = await refusedLeftNoTrace(tx, counts);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) {
      outcome = { valid: false, problem: `the case's transaction failed: ${String(error)}` };
    }
  }
  return outcome;
}

async function callOnce(
  ctx: Context,
  procedure: FuzzedProcedure,
  input: unknown,
): Promise<Outcome> {
  const caller = createCaller(ctx) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = procedure.path.split(".") as [string, string];
  try {
    await caller[namespace]![name]!(input);
    return { valid: true };
  } catch (error) {
    return { valid: false, problem: problemWith(error, procedure, input) };
  }
}

/** Why a refusal is wrong for a client: a 5xx, something not a tRPC error, or internals shown. */
function problemWith(
  error: unknown,
  procedure: FuzzedProcedure,
  input: unknown,
): string | undefined {
  if (!(error instanceof TRPCError)) return `threw a non-tRPC error: ${String(error)}`;
  const status = getHTTPStatusCodeFromError(error);
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: procedure.type === "subscription" ? "subscription" : procedure.type,
    path: procedure.path,
    input,
    ctx: undefined,
  });
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : "";
  if (status >= 500) return `${error.code} (${status}): ${error.message} ${cause}`.slice(0, 600);
  const leak = leaksInternals(JSON.stringify(shape));
  if (leak)
    return `${error.code}: the client sees internals (${leak}): ${JSON.stringify(shape).slice(0, 400)}`;
  return undefined;
}

async function refusedLeftNoTrace(
  tx: Transaction,
  { count, before }: { count: (on: Transaction) => Promise<RowCounts>; before: RowCounts },
): Promise<Outcome> {
  const { rows } = await tx.execute<{ xid: string | null }>(
    sql`select txid_current_if_assigned()::text as xid`,
  );
  if (rows[0]?.xid == null) return { valid: false };
  const changes = countChanges(before, await count(tx));
  return changes.length > 0
    ? { valid: false, problem: `refused, yet changed row counts: ${changes.join(", ")}` }
    : { valid: false };
}

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (Math.imul(h, 31) + char.charCodeAt(0)) | 0;
  return h;
}

/** The input for a report: short, bounded in depth, escaped so nothing garbles a terminal. */
function describe(input: unknown): string {
  const text = JSON.stringify(preview(input, 0)) ?? String(input);
  const escaped = text.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length > 300
    ? `${escaped.slice(0, 300)}… (${escaped.length} characters)`
    : escaped;
}

function preview(value: unknown, depth: number): unknown {
  if (typeof value === "string")
    return value.length > 80 ? `${value.slice(0, 40)}…(${value.length})` : value;
  if (typeof value === "bigint" || typeof value === "symbol")
    return `${String(value)} (${typeof value})`;
  if (value === undefined) return "(undefined)";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (!value || typeof value !== "object") return value;
  if (depth > 4) return "(deeper)";
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (value instanceof Map || value instanceof Set)
    return `${value.constructor.name}(${value.size})`;
  if (Array.isArray(value)) return value.slice(0, 5).map((item) => preview(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .slice(0, 8)
      .map(([key, item]) => [key, preview(item, depth + 1)]),
  );
}
