import type { DateStyle } from "~/dates";

/** A partner acting through their personal link: everything they do is limited to this. */
export interface PartnerScope {
  practiceId: string;
  coupleId: string;
  partnerId: string;
  position: number;
  displayName: string;
  timeZone: string;
  /** the practice's date style: partners read dates the way their practice writes them */
  dateStyle: DateStyle;
}
