/**
 * How homework is given and kept, defined once for the database enums, validation, the pages
 * and the PDF. (The kinds of homework themselves live in src/homework/.)
 */

export const cadences = ["once", "whenever", "daily", "weekly"] as const;
export type Cadence = (typeof cadences)[number];

/** How a cadence reads to the therapist, on the partner's phone, and in the prep PDF's lines. */
export const cadenceWording: Record<Cadence, { staff: string; partner: string; brief: string }> = {
  once: { staff: "Once", partner: "Once", brief: "once" },
  whenever: {
    staff: "Log whenever it happens",
    partner: "Whenever it happens",
    brief: "whenever it happens",
  },
  daily: { staff: "Daily", partner: "Every day", brief: "daily" },
  weekly: { staff: "Weekly", partner: "Every week", brief: "weekly" },
};

export const assignmentStatuses = ["active", "paused", "cancelled"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
export const assignmentStatusLabel: Record<AssignmentStatus, string> = {
  active: "Active",
  paused: "Paused",
  cancelled: "Cancelled",
};

/** Who may read an entry: its author only, or both partners. */
export const entryVisibilities = ["private", "shared"] as const;
export type EntryVisibility = (typeof entryVisibilities)[number];
