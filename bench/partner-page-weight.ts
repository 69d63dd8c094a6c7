/**
 * How heavy the partner pages are on a phone's first visit: JavaScript and total bytes over the
 * wire (compressed, as sent) for the homework list and a homework form, against the staff
 * sign-in page as the baseline measured in the same run.
 *   npm run bench:weight
 */
import { chromium, type Page } from "playwright-core";
import { createDatabase } from "../src/server/db/client";
import { chromiumArgs, findChromium } from "../scripts/lib/browser";
import { benchDatabase } from "./lib";
import { startProductionServer, stopServer } from "./server";

const PORT = 3201;
const { url, stop } = await benchDatabase();
// App modules read DATABASE_URL when first imported, so load them only now.
process.env.DATABASE_URL = url;
const { seedPartnerSessions } = await import("./seed-partners");
const { db, close } = createDatabase(url, { max: 2 });
const [partner] = await seedPartnerSessions(db, 1);
const server = await startProductionServer(url, PORT);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

async function weigh(page: Page, path: string) {
  const sizes = { js: 0, all: 0 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, string>();
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    sizes.all += e.encodedDataLength;
    if (types.get(e.requestId) === "Script") sizes.js += e.encodedDataLength;
  });
  const response = await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: "networkidle" });
  if (new URL(page.url()).pathname !== path || !response?.ok())
    throw new Error(`${path} did not load as itself`);
  await cdp.detach();
  return sizes;
}

try {
  // A fresh context per page: an empty cache, as on a phone opening the link for the first time.
  const freshPage = async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const cookie = {
      name: "attune_partner",
      value: partner!.sessionToken,
      url: `http://localhost:${PORT}`,
    };
    await context.addCookies([cookie]);
    return context.newPage();
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, { js: number; all: number }][] = [
    ["staff sign-in (baseline)", await weigh(await freshPage(), "/sign-in")],
    ["partner home /c", await weigh(await freshPage(), "/c")],
    ["homework form /c/h/…", await weigh(await freshPage(), `/c/h/${partner!.assignmentId}`)],
  ];
  const baseline = rows[0]![1];
  console.log("\nFirst visit, empty cache, bytes as transferred (compressed):");
  for (const [label, s] of rows) {
    console.log(
      `${label.padEnd(28)} JS ${kb(s.js).padStart(9)}  all ${kb(s.all).padStart(9)}  JS ${(s.js / baseline.js).toFixed(2)}× baseline`,
    );
  }
} finally {
  await browser.close();
  await stopServer(server);
  await close();
  await stop();
}
