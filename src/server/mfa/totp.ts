import { generateSecret, generateURI, verify } from "otplib";

/** A new authenticator secret (base32, as apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** What the QR code holds: the otpauth:// address an authenticator app reads. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: "Attune", label: email, secret });
}

/** A code as typed: digits only, spaces allowed ("123 456"). */
export function looksLikeTotpCode(input: string): string | null {
  const digits = input.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, or null when it is wrong. One step either side is accepted
 * (clocks drift); a step at or before `afterStep` is refused, so a code works once.
 */
export async function totpStep(
  secret: string,
  code: string,
  { afterStep, now = new Date() }: { afterStep: number | null; now?: Date },
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
