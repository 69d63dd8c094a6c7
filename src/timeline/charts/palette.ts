import type { PartnerPosition } from "../types";

/**
 * Okabe–Ito colours: told apart by readers with the common colour-vision deficiencies and, for the
 * pairs used side by side, by lightness too, so a greyscale print still separates them.
 */
export const okabeIto = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

export const ink = { axis: "#666666", grey: "#999999", lightGrey: "#BBBBBB" } as const;

export const partnerColors: Record<PartnerPosition, string> = {
  1: okabeIto.blue,
  2: okabeIto.vermillion,
};

/** The lighter shade of each partner's colour, for their second series (e.g. withdrew). */
export const partnerLightColors: Record<PartnerPosition, string> = {
  1: okabeIto.skyBlue,
  2: okabeIto.orange,
};

/** One fixed colour per micro-hurt category, so a category looks the same in every period. */
export const categoryColors: Record<string, string> = {
  phone: okabeIto.blue,
  tone: okabeIto.vermillion,
  forgotten_follow_up: okabeIto.bluishGreen,
  joke_cut: okabeIto.reddishPurple,
  effort_unacknowledged: okabeIto.orange,
  always_initiating: okabeIto.skyBlue,
  dismissive_look: okabeIto.yellow,
  promise_dissolved: ink.axis,
  other: ink.lightGrey,
};

export const bidColors = {
  toward: okabeIto.bluishGreen,
  away: okabeIto.skyBlue,
  against: okabeIto.vermillion,
} as const;

export const repairColor = okabeIto.bluishGreen;
export const intensityColor = okabeIto.black;
export const cutoffColor = okabeIto.black;

/** The chosen period's shade behind the marks (light enough for every bar colour to read on it). */
export const periodShade = "#EAEAEA";
export const sessionColor = ink.axis;

/**
 * Programme weeks' bands above the plot, alternating so neighbours read apart (also in greyscale);
 * both light enough for dark text.
 */
export const programmeBandFills = ["#D4E5F4", "#B4D0EA"] as const;
export const programmeBandText = "#0f172a";
