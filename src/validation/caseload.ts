import { z } from "zod";
import { coupleStatuses } from "~/domain/couple";

/** One status, or "current" (active and paused), or "all". */
const caseloadStatusFilters = ["current", ...coupleStatuses, "all"] as const;

/**
 * How the caseload is ordered. "attention": open safety flags, then new entries, then overdue
 * homework, then the most recently active; the others by name, last activity or last session.
 */
export const caseloadSorts = ["attention", "name", "activity", "session"] as const;
export const caseloadSortLabel: Record<(typeof caseloadSorts)[number], string> = {
  attention: "Needs attention first",
  name: "Name (A–Z)",
  activity: "Latest activity",
  session: "Latest session",
};

export const caseloadFilterInput = z.object({
  therapistUserId: z.string().max(64).optional(),
  status: z
    .enum(caseloadStatusFilters, { error: "Choose a status filter from the list." })
    .default("current"),
  search: z.string().trim().max(100, "Keep the search under 100 characters.").optional(),
  sort: z.enum(caseloadSorts, { error: "Choose a sort order from the list." }).default("attention"),
});

export type CaseloadFilter = z.infer<typeof caseloadFilterInput>;
