import type { $ZodIssue } from "zod/v4/core";

/**
 * Messages by field, as a form shows them beside each field: keyed by dotted path
 * ("partners.1.email"), with "_form" for problems with the form as a whole. The one shape the
 * server sends and every form, staff or partner, reads.
 */
export type FieldErrors = Record<string, string[] | undefined>;

/** zod issues keyed by dotted path, so a form can put each next to its field. */
export function fieldErrorsFromIssues(issues: readonly $ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
