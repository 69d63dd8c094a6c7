/** Which entries a partner's home lists: all they may read, their own, or those shared with them. */
export const partnerEntryFilters = ["all", "mine", "shared"] as const;
export type PartnerEntryFilter = (typeof partnerEntryFilters)[number];

export const partnerEntryFilterLabels: Record<PartnerEntryFilter, string> = {
  all: "All",
  mine: "Mine",
  shared: "Shared with me",
};

/** How many entries a page of the partner's home shows before "Older entries". */
export const PARTNER_ENTRIES_PER_PAGE = 10;
