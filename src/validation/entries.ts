import { z } from "zod";
import { getKind } from "~/homework/registry";
import { fieldsOf } from "~/homework/conditional-fields";
import { type HomeworkKind, kindKeys } from "~/homework/types";

/** Whether the answers are ones the kind's quick form asks (and it has one). */
function quickOnly(kind: HomeworkKind, payload: Record<string, unknown>): boolean {
  if (!kind.quick) return false;
  const asked = new Set(fieldsOf(kind.quick.sections).map((field) => field.name));
  return Object.keys(payload).every((name) => asked.has(name));
}

const FUTURE_SLACK_MS = 10 * 60 * 1000;

/**
 * What a partner's device sends. The payload is checked against its kind's schema, and its
 * problems are reported at "payload.<field>" so the form can show each beside its field.
 */
export const submitEntryInput = z
  .object({
    kind: z.enum(kindKeys, { error: "That kind of homework does not exist." }),
    assignmentId: z.uuid().nullish(),
    idempotencyKey: z.uuid("This form needs reloading: its save key is missing."),
    occurredAt: z.coerce
      .date({ error: "Enter when it happened." })
      .refine((d) => d.getTime() <= Date.now() + FUTURE_SLACK_MS, "That time is in the future.")
      .refine(
        (d) => d.getTime() >= Date.now() - 366 * 24 * 60 * 60 * 1000,
        "That is more than a year ago.",
      )
      .optional(),
    payload: z.record(z.string(), z.unknown(), { error: "The form's answers are missing." }),
    /** absent: the kind's default visibility (private, or shared for small wins) */
    share: z.boolean().optional(),
    safetyFlag: z.boolean().default(false),
    /** sent from the kind's quick form: its questions only, the rest can be added later */
    quick: z.boolean().default(false),
  })
  .transform((input, ctx) => {
    const kind = getKind(input.kind);
    if (input.quick && !quickOnly(kind, input.payload)) {
      ctx.addIssue({
        code: "custom",
        message: kind.quick
          ? "A quick log takes only its own questions. Open the full form to say more."
          : "This homework has no quick form.",
        path: ["quick"],
      });
      return z.NEVER;
    }
    const parsed = kind.schema.safeParse(input.payload);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: "custom", message: issue.message, path: ["payload", ...issue.path] });
      }
      return z.NEVER;
    }
    return { ...input, payload: parsed.data, schemaVersion: kind.version };
  });

export type SubmitEntryInput = z.output<typeof submitEntryInput>;
