import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * This machine's own AUTH_SECRET for `npm run dev`: made at random on first start and kept in
 * `<dataDir>/dev-secret`, readable by its owner only. A secret written in the code would let anyone
 * who reaches a dev server forge what it signs (unsubscribe links); this one never leaves the disk.
 */
export function developmentSecret(dataDir: string): { secret: string; created: boolean } {
  const file = path.join(dataDir, "dev-secret");
  mkdirSync(dataDir, { recursive: true });
  try {
    // "wx": never overwrite a secret another start wrote first.
    writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { flag: "wx", mode: 0o600 });
    return { secret: readSecret(file), created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return { secret: readSecret(file), created: false };
  }
}

function readSecret(file: string): string {
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32)
    throw new Error(`${file} holds no usable secret: delete it and start again to make a new one.`);
  return secret;
}
