import type { CoupleItemType, RitualRhythm } from "./programmes";

/**
 * The limits and words of a couple's own list of rituals and small wins (couple_items), shared
 * by validation, the staff page, the partner's forms and the kinds that refer to them.
 */

/** Long enough for "Ten minutes on the sofa after the kids are in bed", short enough to tick. */
export const COUPLE_ITEM_LABEL_MAX = 80;

/** Active items a couple keeps at once: a handful of rituals, two or three small wins. */
export const coupleItemLimits: Record<CoupleItemType, number> = { ritual: 8, small_win: 3 };

export const coupleItemTypeLabel: Record<CoupleItemType, { one: string; many: string }> = {
  ritual: { one: "ritual", many: "rituals" },
  small_win: { one: "small win", many: "small wins" },
};

export const ritualRhythmLabel: Record<RitualRhythm, string> = {
  daily: "Every day",
  weekly: "Once a week",
};
