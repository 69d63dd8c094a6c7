import type { FieldErrors } from "~/validation/field-errors";

interface ErrorWithData {
  message: string;
  data?: { fieldErrors?: FieldErrors } | null;
}

/** Read the server's field messages off a tRPC error (see the error formatter). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const data = (error as ErrorWithData | null)?.data;
  return data?.fieldErrors ?? {};
}

/** The summary for the whole form: the message itself, or a pointer to the fields that carry it. */
export function formErrorOf(error: unknown): string | null {
  if (!error) return null;
  const { _form, ...fields } = fieldErrorsOf(error);
  if (_form?.[0]) return _form[0];
  if (Object.keys(fields).length > 0) return "Please check the highlighted fields.";
  return (error as ErrorWithData).message || "Something went wrong. Please try again.";
}
