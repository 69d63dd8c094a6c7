import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { throwawayDatabase } from "../scripts/lib/throwaway-database";

/** A migrated database for a benchmark: DATABASE_URL, or a throwaway embedded server. */
export function benchDatabase() {
  // App modules loaded in-process validate the environment, and the app has no built-in secret.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  return throwawayDatabase("bench");
}

export interface Timing {
  p50: number;
  p95: number;
  mean: number;
}

/** Run `fn` `warmup` times unmeasured, then `runs` times; milliseconds. */
export async function measure(
  fn: () => Promise<unknown>,
  runs = 200,
  warmup = 20,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

export function row(label: string, t: Timing, baseline?: Timing): string {
  const ratio = baseline
    ? `  ${(t.p50 / baseline.p50).toFixed(2)}× p50, ${(t.p95 / baseline.p95).toFixed(2)}× p95`
    : "";
  return `${label.padEnd(44)} p50 ${t.p50.toFixed(2).padStart(7)} ms  p95 ${t.p95.toFixed(2).padStart(7)} ms${ratio}`;
}

/** `--scale=N` (or BENCH_SCALE): the practice's size as a multiple of 3,000 couples / 1,000,000 entries. */
export function benchScale(fallback = 1): number {
  const flag = process.argv.find((a) => a.startsWith("--scale="))?.slice("--scale=".length);
  const scale = Number(flag ?? process.env.BENCH_SCALE ?? fallback);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, not ${flag}`);
  return scale;
}
