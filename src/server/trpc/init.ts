import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { practiceAccess } from "~/server/practices/resolve-scope";
import { isManager } from "~/server/practices/scope";
import { DomainError, SecondFactorRequired } from "~/server/errors";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "~/validation/storable-text";
import type { Context } from "./context";
import { asTRPCError, describeError } from "./errors";
import { isDatabaseUnavailable, noteDatabaseTrouble } from "~/server/db/unavailable";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const { message, fieldErrors } = describeError(error);
    // The database being away is "try again shortly" (503, with Retry-After from the route).
    if (isDatabaseUnavailable(error.cause)) {
      noteDatabaseTrouble();
      return { ...shape, message, data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503 } };
    }
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw DomainError; here it becomes the matching tRPC code, for HTTP and callers alike. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError)
    throw asTRPCError(result.error.cause);
  return result;
});

/**
 * Text PostgreSQL cannot store (a NUL, half a surrogate pair), anywhere in any input, is refused
 * here with a message by the field, before a schema or the database sees it.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const at = findUnstorableText(await getRawInput());
  if (at) {
    const cause = new DomainError("BAD_REQUEST", UNSTORABLE_TEXT_MESSAGE, at.join("."));
    throw new TRPCError({ code: "BAD_REQUEST", message: UNSTORABLE_TEXT_MESSAGE, cause });
  }
  return next();
});

export const publicProcedure = t.procedure.use(mapDomainErrors).use(refuseUnstorableText);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Every practice-scoped procedure starts here: the practice named in the input counts only
 * through the caller's membership of it. No membership, no practice: NOT_FOUND. A practice that
 * requires a second factor answers a member without one with SecondFactorRequired (FORBIDDEN).
 */
export const practiceProcedure = authedProcedure
  .input(z.object({ practiceId: z.uuid("That practice link is not valid.") }))
  .use(async ({ ctx, input, next }) => {
    const access = await practiceAccess(ctx.db, {
      userId: ctx.user.id,
      practiceId: input.practiceId,
    });
    if ("refused" in access) {
      if (access.refused === "second_factor_required")
        throw asTRPCError(new SecondFactorRequired());
      throw new TRPCError({ code: "NOT_FOUND", message: "That practice was not found." });
    }
    return next({ ctx: { ...ctx, scope: access.scope } });
  });

/**
 * For a hot read whose service checks the membership in its own first statement, one round trip
 * fewer (the timeline: see `timelineCouple`). The practice named in the input reaches the handler
 * only as a member still to be verified, never as a scope, so nothing can act on it unchecked.
 */
export const practiceMemberProcedure = authedProcedure
  .input(z.object({ practiceId: z.uuid("That practice link is not valid.") }))
  .use(({ ctx, input, next }) =>
    next({ ctx: { ...ctx, member: { userId: ctx.user.id, practiceId: input.practiceId } } }),
  );

/** Owner and admin actions: inviting, roles, reassigning. */
export const managerProcedure = practiceProcedure.use(({ ctx, next }) => {
  if (!isManager(ctx.scope)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only owners and admins can do that." });
  }
  return next();
});

/**
 * A partner's session, whether or not they have accepted the consent text yet: only for what
 * must work before it (the consent itself, and "I need help", which never waits on a form).
 */
export const partnerSessionProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.partner) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please open your personal link again." });
  }
  return next({ ctx: { ...ctx, partner: ctx.partner } });
});

/**
 * Partner pages: everything is scoped to the partner whose personal link opened the session, who
 * has accepted the practice's current consent text (enforced here, not only by the pages).
 */
export const partnerProcedure = partnerSessionProcedure.use(({ ctx, next }) => {
  if (ctx.partner.consentNeeded) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Please read and accept how homework works first: open your homework page.",
    });
  }
  return next();
});
