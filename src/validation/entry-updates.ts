import { z } from "zod";
import { getKind } from "~/homework/registry";
import { kindKeys } from "~/homework/types";

/**
 * A partner's later word on one of their entries (was it repaired, did it land). The answers are
 * checked against what the kind lets its author update, and problems are reported at
 * "payload.<field>" so the form shows each beside its field.
 */
export const updateEntryInput = z
  .object({
    entryId: z.uuid("That entry was not found."),
    kind: z.enum(kindKeys, { error: "That kind of homework does not exist." }),
    idempotencyKey: z.uuid("This form needs reloading: its save key is missing."),
    payload: z.record(z.string(), z.unknown(), { error: "The form's answers are missing." }),
  })
  .transform((input, ctx) => {
    const kind = getKind(input.kind);
    if (!kind.later) {
      ctx.addIssue({ code: "custom", message: "This kind of entry can't be updated later." });
      return z.NEVER;
    }
    const parsed = kind.later.schema.safeParse(input.payload);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: "custom", message: issue.message, path: ["payload", ...issue.path] });
      }
      return z.NEVER;
    }
    return {
      ...input,
      payload: parsed.data,
      schemaVersion: kind.version,
    };
  });

export type UpdateEntryInput = z.output<typeof updateEntryInput>;
