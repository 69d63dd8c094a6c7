import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "~/env";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// AUTH_SECRET also signs Auth.js material: the purpose prefix keeps these MACs from meaning anything there.
function mac(partnerId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`reminders-unsubscribe:${partnerId}`).digest();
}

/**
 * `<partnerId>.<mac>`: a stop-reminders link that needs no sign-in and no stored state. It can
 * only ever turn reminders off for that one partner, so it never expires.
 */
export function unsubscribeToken(partnerId: string, secret = env.AUTH_SECRET): string {
  return `${partnerId}.${mac(partnerId, secret).toString("base64url")}`;
}

export function unsubscribeUrl(partnerId: string): string {
  return new URL(`/c/unsubscribe/${unsubscribeToken(partnerId)}`, env.APP_URL).toString();
}

/** The partner id the token was made for, or null when it is malformed or tampered with. */
export function verifyUnsubscribeToken(token: string, secret = env.AUTH_SECRET): string | null {
  const dot = token.indexOf(".");
  if (dot < 0) return null;
  const partnerId = token.slice(0, dot);
  if (!UUID.test(partnerId)) return null;
  const encoded = token.slice(dot + 1);
  const given = Buffer.from(encoded, "base64url");
  // Buffer skips characters that are not base64url; only the exact encoding is accepted.
  if (given.toString("base64url") !== encoded) return null;
  const expected = mac(partnerId.toLowerCase(), secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return partnerId.toLowerCase();
}
