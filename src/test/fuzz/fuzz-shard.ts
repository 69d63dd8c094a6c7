import { describe, expect, test } from "vitest";
import { ownFuzzDatabase } from "./fuzz-database";
import { seedFuzzFixture, type FuzzFixture } from "./fixture";
import { procedureShard } from "./procedures";
import { fuzzProcedure, fuzzSeed, type Finding } from "./run-fuzz";
import type { Database } from "~/server/db/client";

/**
 * One Vitest file's share of the router: each procedure gets its 1,000 generated inputs as the
 * owner, a therapist, a partner and nobody, against a database of the file's own.
 */
export function fuzzProcedureShard(shard: number, shards: number) {
  const procedures = procedureShard(shard, shards);
  describe(`fuzzing procedures (shard ${shard + 1} of ${shards}, seed ${fuzzSeed})`, () => {
    let db: Database;
    let fixture: FuzzFixture;
    test("the fuzz database and its practice are ready", async () => {
      db = await ownFuzzDatabase();
      fixture = await seedFuzzFixture(db);
    }, 60_000);
    for (const procedure of procedures) {
      test(
        procedure.path,
        async () => {
          const result = await fuzzProcedure(db, fixture, procedure);
          expect(result.cases).toBeGreaterThanOrEqual(
            1_000 * Number(process.env.FUZZ_SCALE ?? "1") - 4,
          );
          expect(distinct(result.findings), `replay with FUZZ_SEED=${fuzzSeed}`).toEqual([]);
          expect(result.outsideChanges).toEqual([]);
        },
        120_000,
      );
    }
  });
}

/** One finding per kind of problem (its first 100 characters), with how often it happened. */
function distinct(findings: Finding[]) {
  const byProblem = new Map<string, Finding & { times: number }>();
  for (const finding of findings) {
    const key = finding.problem.slice(0, 100);
    const seen = byProblem.get(key);
    if (seen) seen.times += 1;
    else byProblem.set(key, { ...finding, times: 1 });
  }
  return [...byProblem.values()].slice(0, 6);
}
