import { createHash, randomBytes } from "node:crypto";

/** A 256-bit random token for a link; only its hash is ever stored. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a string could be a token from generateToken (43 base64url characters). */
export function isLinkTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
