import { z } from "zod";
import { ZAuditActionSchema } from "./audit-actions";

/** The "who" choice for events done without an account: partners through their links, and the system. */
export const WITHOUT_ACCOUNT = "none";

const calendarDay = (which: string) =>
  z.iso.date(`Enter the ${which} day as a date, like 2026-11-30.`).optional();

/**
 * The audit log's filters, the same for the page, its URL and the CSV export. It lives beside the
 * closed list of actions it reads (src/validation cannot import the server's audit list).
 */
const auditFilterSchema = z
  .object({
    who: z
      .string({ error: "Choose who from the list." })
      .min(1, "Choose who from the list.")
      .max(64, "Choose who from the list.")
      .optional(),
    action: z
      .enum(ZAuditActionSchema.options, { error: "Choose an action from the list." })
      .optional(),
    couple: z.uuid("Choose a couple from the list.").optional(),
    from: calendarDay("first"),
    to: calendarDay("last"),
  })
  .refine((f) => !f.from || !f.to || f.to >= f.from, {
    message: "The last day must be on or after the first day.",
    path: ["to"],
  });

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListInput = z.intersection(
  auditFilterSchema,
  z.object({
    before: z.number({ error: "That page link is not valid." }).int().positive().optional(),
  }),
);

const filterKeys = ["who", "action", "couple", "from", "to"] as const;

/** The filters as the URL holds them: empty fields mean "any". */
export function auditFilterFromSearch(search: URLSearchParams | Record<string, unknown>) {
  const get = (key: string) => {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  return auditFilterSchema.safeParse(Object.fromEntries(filterKeys.map((k) => [k, get(k)])));
}

/** The URL query of a filter, for links that keep it (the next page, the CSV). */
export function auditFilterQuery(filter: AuditFilter, extra: Record<string, string> = {}) {
  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query.toString();
}
