import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "~/env";

const VERSION = "v1";

// AUTH_SECRET also signs Auth.js material: HKDF with a purpose of its own gives this use a key
// that means nothing anywhere else.
function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "attune", "staff-mfa-secret:v1", 32));
}

/** An authenticator secret as stored: AES-256-GCM, `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function sealSecret(plain: string, authSecret = env.AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The secret back; throws when it was tampered with or sealed under another AUTH_SECRET. */
export function openSecret(sealed: string, authSecret = env.AUTH_SECRET): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) {
    throw new Error("not a sealed authenticator secret");
  }
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keyFrom(authSecret),
    Buffer.from(iv, "base64url"),
    { authTagLength: 16 },
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
