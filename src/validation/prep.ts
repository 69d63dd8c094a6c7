import { z } from "zod";
import { customRangeSchema } from "./timeline";

/** The prep download's query: both dates or neither (then: since the last session). */
export const prepQuerySchema = z.union(
  [z.object({ from: z.undefined(), to: z.undefined() }), customRangeSchema],
  { error: "Give both dates of the period, as YYYY-MM-DD, or neither." },
);

export type PrepQuery = z.infer<typeof prepQuerySchema>;
