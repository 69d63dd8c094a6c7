import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { DomainError } from "~/server/errors";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "~/server/db/unavailable";
import { fieldErrorsFromIssues, type FieldErrors } from "~/validation/field-errors";

export function asTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: error.code, message: error.message, cause: error });
}

/** The client-facing view of any error: readable messages, field errors, never a stack trace. */
export function describeError(error: TRPCError): { message: string; fieldErrors?: FieldErrors } {
  const cause = error.cause;
  if (cause instanceof ZodError) {
    return {
      message: "Please check the highlighted fields.",
      fieldErrors: fieldErrorsFromIssues(cause.issues),
    };
  }
  if (cause instanceof DomainError) {
    return {
      message: cause.message,
      fieldErrors: cause.field ? { [cause.field]: [cause.message] } : undefined,
    };
  }
  if (isDatabaseUnavailable(cause)) return { message: UNAVAILABLE_MESSAGE };
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return { message: "Something went wrong on our side. Please try again in a moment." };
  }
  return { message: error.message };
}
