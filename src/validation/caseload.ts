import { z } from "zod";

export const caseloadStatusFilters = ["current", "active", "paused", "discharged", "all"] as const;

export const caseloadFilterInput = z.object({
  therapistUserId: z.string().max(64).optional(),
  status: z
    .enum(caseloadStatusFilters, { error: "Choose a status filter from the list." })
    .default("current"),
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
});

export type CaseloadFilter = z.infer<typeof caseloadFilterInput>;
