import type { z } from "zod";
import { fieldErrorsFromIssues, type FieldErrors } from "~/validation/field-errors";

/** The messages a form would show for this input, keyed by field, or the parsed value when it is valid. */
export function check<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: z.output<S> } | { errors: FieldErrors } {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: result.data }
    : { errors: fieldErrorsFromIssues(result.error.issues) };
}
