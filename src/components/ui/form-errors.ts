"use client";

export type FieldErrors = Record<string, string[] | undefined>;

interface ErrorWithData {
  message: string;
  data?: { fieldErrors?: FieldErrors } | null;
}

/** Read the server's field messages off a tRPC error (see the error formatter). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const data = (error as ErrorWithData | null)?.data;
  return data?.fieldErrors ?? {};
}

/** A message for the whole form, shown when no field carries it. */
export function formErrorOf(error: unknown): string | null {
  if (!error) return null;
  const fields = fieldErrorsOf(error);
  const formLevel = fields._form?.[0];
  if (formLevel) return formLevel;
  return (error as ErrorWithData).message || "Something went wrong. Please try again.";
}
