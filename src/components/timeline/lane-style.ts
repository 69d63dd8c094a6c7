import { partnerColors } from "~/timeline/charts/palette";
import type { PartnerPosition } from "~/timeline/types";

/** Each partner's lane: left or right column on wide screens, edged in their colour in the charts. */
export const laneAlign = { 1: "", 2: "sm:ml-auto" } as const;

export const laneEdge = (position: PartnerPosition) => ({
  borderLeftColor: partnerColors[position],
});
