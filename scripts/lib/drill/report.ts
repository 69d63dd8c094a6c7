import { partnerHeaders, SUBMIT_PATH, submissionBody } from "../../../bench/submit-client";
import type { DrillContext, DrillResult } from "./harness";
import { looksLikeStackTrace } from "./partner-clients";

/**
 * During the outage: a tRPC call, a page and a route handler each answer 503 with a Retry-After
 * hint and a plain message, never a stack trace or a 500.
 */
export async function outageAnswers(ctx: DrillContext): Promise<{ label: string; ok: boolean }[]> {
  const base = `http://localhost:${process.env.DRILL_WEB_PORT ?? 3640}`;
  const partner = await fetch(`${base}${SUBMIT_PATH}`, {
    method: "POST",
    headers: partnerHeaders("drill-outage-probe"),
    body: submissionBody(undefined, crypto.randomUUID()),
  }).catch(() => null);
  const asked = [
    ["tRPC partner.submitEntry", partner],
    ["page: the couple page", await ctx.asTherapist(ctx.couplePage).catch(() => null)],
    [
      "page: a partner's home",
      await fetch(`${base}/c`, { headers: { accept: "text/html" } }).catch(() => null),
    ],
    [
      "route handler: caseload search",
      await ctx
        .asTherapist(`/p/${ctx.scene.practiceId}/caseload-search?q=a`, {
          headers: { accept: "application/json" },
        })
        .catch(() => null),
    ],
  ] as const;
  const checks = [];
  for (const [label, response] of asked) {
    const body = response ? await response.text() : "";
    const hint = Number(response?.headers.get("retry-after"));
    const ok =
      response?.status === 503 && hint > 0 && !looksLikeStackTrace(body) && body.length > 0;
    ctx.notes.push(
      `during the outage, ${label}: ${response?.status ?? "no answer"}, Retry-After ${response?.headers.get("retry-after") ?? "none"}`,
    );
    checks.push({ label: `${label} answers 503 + Retry-After, no stack trace`, ok });
  }
  return checks;
}

const COLUMNS: [string, (r: DrillResult) => string | number][] = [
  ["drill", (r) => r.name],
  ["acked", (r) => r.acknowledged],
  ["lost", (r) => r.lost],
  ["dup", (r) => r.duplicated],
  ["unacked", (r) => r.unacknowledged],
  ["500s", (r) => r.serverErrors],
  ["503s", (r) => r.unavailable],
  ["503 w/o hint", (r) => r.unavailableWithoutHint],
  ["emails", (r) => r.emailsQueued],
  ["emails lost", (r) => r.emailsLost],
  ["sent twice", (r) => r.emailsSentTwice],
  ["s", (r) => r.seconds],
];

/** Counts that must be zero: a non-zero one fails the drill. */
function failures(r: DrillResult): string[] {
  const zero = {
    "acknowledged submissions lost": r.lost,
    "duplicated entries": r.duplicated,
    "submissions never acknowledged": r.unacknowledged,
    "500 answers": r.serverErrors,
    "503 answers without a Retry-After hint or with a stack trace": r.unavailableWithoutHint,
    "emails lost": r.emailsLost,
    "emails sent twice": r.emailsSentTwice,
  };
  return [
    ...Object.entries(zero)
      .filter(([, n]) => n > 0)
      .map(([what, n]) => `${n} ${what}`),
    ...r.checks.filter((c) => !c.ok).map((c) => `check failed: ${c.label}`),
  ];
}

/** The table of all drills, then each drill's notes and checks. True when every drill passed. */
export function printTable(results: DrillResult[]): boolean {
  const cells = [
    COLUMNS.map(([h]) => h),
    ...results.map((r) => COLUMNS.map(([, f]) => String(f(r)))),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(cells[0]!)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of cells.slice(1)) console.log(line(row));
  let passed = true;
  for (const r of results) {
    const failed = failures(r);
    passed &&= failed.length === 0;
    console.log(`\n${r.name}: ${failed.length === 0 ? "PASS" : "FAIL"}`);
    for (const note of r.notes) console.log(`  ${note}`);
    for (const check of r.checks) console.log(`  ${check.ok ? "ok  " : "FAIL"} ${check.label}`);
    for (const failure of failed) console.log(`  FAIL ${failure}`);
  }
  console.log(`\n${passed ? "All drills passed" : "Some drills FAILED"}`);
  return passed;
}
