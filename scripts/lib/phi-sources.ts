import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createDatabase } from "../../src/server/db/client";
import { devMailbox, entries, entryUpdates, partners } from "../../src/server/db/schema";
import { phiNeedles, scanForPhi, stringsIn, type Haystack, type PhiHit } from "./phi-scan";

/**
 * Gather what a journey run left (the database at its end, the server's log, the browser's
 * network logs) and scan it. `dir` holds `server.log` and Chromium's `netlog-*.json` files.
 */
export async function scanJourneyRun(
  databaseUrl: string,
  dir: string,
): Promise<{
  hits: PhiHit[];
  needles: number;
  haystacks: number;
}> {
  const { db, close } = createDatabase(databaseUrl, { max: 1 });
  try {
    const names = await db.select({ name: partners.displayName }).from(partners);
    const answers = [
      ...(await db.select({ payload: entries.payload }).from(entries)),
      ...(await db.select({ payload: entryUpdates.payload }).from(entryUpdates)),
    ].flatMap(({ payload }) => stringsIn(payload));
    const needles = phiNeedles(
      names.map(({ name }) => name),
      answers,
    );
    const mail = await db.select().from(devMailbox);
    const haystacks: Haystack[] = [
      ...mail.map((m) => ({
        source: `mailbox email ${m.id} (${m.createdAt.toISOString()})`,
        text: [m.subject, m.text, m.html].join("\n"),
      })),
      ...logFiles(dir),
      ...browserUrls(dir),
    ];
    return {
      hits: scanForPhi(needles, haystacks),
      needles: needles.length,
      haystacks: haystacks.length,
    };
  } finally {
    await close();
  }
}

function logFiles(dir: string): Haystack[] {
  const file = path.join(dir, "server.log");
  return existsSync(file) ? [{ source: file, text: readFileSync(file, "utf8") }] : [];
}

/** Every URL in Chromium's network logs (one per line), however far a log was written. */
function browserUrls(dir: string): Haystack[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^netlog-.*\.json$/.test(name))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), "utf8");
      const urls = new Set<string>();
      for (const match of text.matchAll(/"url":"((?:[^"\\]|\\.)*)"/g)) {
        const url = JSON.parse(`"${match[1]}"`) as string;
        if (!url.startsWith("data:")) urls.add(url);
      }
      return {
        source: `browser URLs (${path.join(dir, name)})`,
        text: [...urls].join("\n"),
        isUrl: true,
      };
    });
}
