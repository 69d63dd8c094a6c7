/** Where a couple is in their care; defined once for the database, validation and the pages. */
export const coupleStatuses = ["active", "paused", "discharged"] as const;
export type CoupleStatus = (typeof coupleStatuses)[number];
export const coupleStatusLabel: Record<CoupleStatus, string> = {
  active: "Active",
  paused: "Paused",
  discharged: "Discharged",
};
