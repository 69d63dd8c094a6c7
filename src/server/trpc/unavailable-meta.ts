import type { TRPCError } from "@trpc/server";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "~/server/db/unavailable";

/** tRPC's response headers: a Retry-After hint when a call failed because the database is away. */
export function retryAfterWhenUnavailable({ errors }: { errors: TRPCError[] }) {
  return errors.some((e) => isDatabaseUnavailable(e.cause))
    ? { headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } }
    : {};
}
