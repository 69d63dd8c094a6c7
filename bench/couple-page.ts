/**
 * The couple page a therapist opens before a session, for the demo couple with ten weeks of
 * homework from both partners: HTML bytes, server time (p50/p95) against GET /api/health and the
 * caseload page measured in the same run, and the page height at 1280 px in Chromium.
 *   npm run bench:couple-page          (BENCH_SKIP_BUILD=1 reuses the last build; BENCH_PORT if 3205 is taken)
 */
import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "../scripts/lib/browser";
import { createDatabase } from "../src/server/db/client";
import { couples, entries, staffSessions, users } from "../src/server/db/schema";
import { benchDatabase, measure, row } from "./lib";
import { startProductionServer, stopServer } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3205);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const DEMO_COUPLE = "Alex & Sam";

const { url, stop } = await benchDatabase();
// App modules read DATABASE_URL when first imported, so load them only now.
process.env.DATABASE_URL = url;
const { seedDemo } = await import("../scripts/lib/seed-demo");
const { db, close } = createDatabase(url, { max: 2 });
await seedDemo(db);

const [couple] = await db
  .select({
    id: couples.id,
    practiceId: couples.practiceId,
    therapistUserId: couples.therapistUserId,
  })
  .from(couples)
  .where(eq(couples.label, DEMO_COUPLE));
if (!couple) throw new Error(`the demo has no couple ${DEMO_COUPLE}`);
const [entryCount] = await db
  .select({ n: count() })
  .from(entries)
  .where(and(eq(entries.coupleId, couple.id), eq(entries.practiceId, couple.practiceId)));
// A database session, as Auth.js keeps one after the magic link: the cookie is its token.
const sessionToken = randomUUID();
await db.insert(staffSessions).values({
  sessionToken,
  userId: couple.therapistUserId,
  expires: new Date(Date.now() + 3_600_000),
});
const [therapist] = await db.select().from(users).where(eq(users.id, couple.therapistUserId));

const server = await startProductionServer(url, PORT, {
  rebuild: process.env.BENCH_SKIP_BUILD !== "1",
});
const origin = `http://localhost:${PORT}`;
const cookie = `authjs.session-token=${sessionToken}`;
const couplePath = `/p/${couple.practiceId}/couples/${couple.id}`;

async function getHtml(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.text();
}

async function pageHeight(path: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: origin }]);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await browser.close();
  }
}

try {
  const coupleHtml = await getHtml(couplePath);
  const caseloadHtml = await getHtml(`/p/${couple.practiceId}`);
  const health = await measure(() => fetch(`${origin}/api/health`).then((r) => r.text()), RUNS, 5);
  const caseload = await measure(() => getHtml(`/p/${couple.practiceId}`), RUNS, 5);
  const couplePage = await measure(() => getHtml(couplePath), RUNS, 5);

  const kb = (html: string) => `${(Buffer.byteLength(html) / 1024).toFixed(1)} KB`;
  console.log(`\n${DEMO_COUPLE}: ${entryCount!.n} entries; signed in as ${therapist!.email}`);
  console.log(
    `HTML, uncompressed: couple page ${kb(coupleHtml)}, caseload page ${kb(caseloadHtml)}`,
  );
  console.log(row("GET /api/health", health));
  console.log(row("caseload page", caseload, health));
  console.log(row("couple page vs health", couplePage, health));
  console.log(row("couple page vs caseload page", couplePage, caseload));
  console.log(`Couple page height at 1280 px wide: ${await pageHeight(couplePath)} px`);
} finally {
  await stopServer(server);
  await close();
  await stop();
}
