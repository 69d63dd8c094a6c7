import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { SecondFactorRequired } from "~/server/errors";

/**
 * In a page: a missing or foreign row is a 404 page, a lapsed session goes to sign in, and a
 * practice's unmet second-factor requirement to setting one up.
 */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    // BAD_REQUEST here means a malformed id in the URL: as good as not found.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/sign-in");
    if (error instanceof TRPCError && error.cause instanceof SecondFactorRequired)
      redirect("/mfa/setup?required=1");
    throw error;
  }
}
