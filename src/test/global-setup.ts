import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { ensureDebianPackage } from "../../scripts/lib/system-tools";
import { throwawayDatabase } from "../../scripts/lib/throwaway-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One migrated database for the run: the embedded server, or DATABASE_URL when it is set. */
export default async function setup(project: TestProject) {
  // The session-prep PDF tests read what was drawn with poppler's pdftotext and pdfinfo.
  ensureDebianPackage("pdftotext", "poppler-utils");
  const { url, stop } = await throwawayDatabase("test");
  project.provide("databaseUrl", url);
  // Services read the validated env; workers start after this and inherit it.
  process.env.DATABASE_URL = url;
  // The app has no built-in secret; each run signs with its own.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  // Homework emails go out when delivered by the test, not after the production delay.
  process.env.HOMEWORK_EMAIL_DELAY_SECONDS ??= "0";
  return stop;
}
