import { emailSchema } from "~/validation/common";

/**
 * The one address a sign-in link goes to. Auth.js would otherwise accept what its own loose check
 * lets through: "a@x.test,b@y.test" or "a@b@c.test" must never become a link sent to two inboxes.
 */
export function normalizeSignInEmail(identifier: string): string {
  if (/[,;\s]/.test(identifier.trim()) || identifier.split("@").length !== 2) {
    throw new Error("Enter one email address.");
  }
  const parsed = emailSchema.safeParse(identifier);
  if (!parsed.success) throw new Error("Enter a valid email address.");
  return parsed.data;
}
