import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { idSchema } from "~/validation/common";

/** The couple page's query string: `created` after adding a couple, `before` for older entries. */
const couplePageSearch = z.object({
  created: z.string().optional(),
  before: idSchema.optional(),
});

export type CouplePageSearch = z.infer<typeof couplePageSearch>;

/** A query the page never links to (e.g. a mangled `before`) is as good as a wrong address. */
export function parseCouplePageSearch(
  raw: Record<string, string | string[] | undefined>,
): CouplePageSearch {
  const parsed = couplePageSearch.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}
