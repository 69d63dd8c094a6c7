import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// No 0/O, 1/I/L: codes are read off paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Ten codes like `K7QX-M2PF-9H`: about 50 random bits each, shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** How a code is compared: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]+/g, "");
  return /^[0-9A-Z]{10}$/.test(plain) ? plain : null;
}

/** Only this is stored. The codes are random enough that a plain SHA-256 cannot be reversed. */
export function hashRecoveryCode(normalized: string): string {
  return createHash("sha256").update(`attune-recovery:${normalized}`).digest("hex");
}
