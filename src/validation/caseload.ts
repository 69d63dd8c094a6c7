import { z } from "zod";
import { coupleStatuses } from "~/domain/couple";

/** One status, or "current" (active and paused), or "all". */
const caseloadStatusFilters = ["current", ...coupleStatuses, "all"] as const;

export const caseloadFilterInput = z.object({
  therapistUserId: z.string().max(64).optional(),
  status: z
    .enum(caseloadStatusFilters, { error: "Choose a status filter from the list." })
    .default("current"),
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
});

export type CaseloadFilter = z.infer<typeof caseloadFilterInput>;
