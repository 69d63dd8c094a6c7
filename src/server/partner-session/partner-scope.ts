import type { DateStyle } from "~/dates";
import type { PartnerDevice } from "~/domain/safety";

/** A partner acting through their personal link: everything they do is limited to this. */
export interface PartnerScope {
  practiceId: string;
  coupleId: string;
  partnerId: string;
  position: number;
  displayName: string;
  timeZone: string;
  /**
   * The session began from a link that staff showed on their screen (copy, QR code), so whoever
   * holds it may not be the partner: it is marked in the audit and cannot change sharing.
   */
  shownOnScreen: boolean;
  /** the practice's date style: partners read dates the way their practice writes them */
  dateStyle: DateStyle;
  /** What the partner said about this device; null until asked, and then treated as shared. */
  device: PartnerDevice | null;
  /** How many days a draft may stay on the partner's own device (the practice's setting). */
  draftDays: number;
  /** Minutes without use after which a shared device's session ends (the practice's setting). */
  idleMinutes: number;
  /**
   * The partner has not accepted the practice's current consent text (never, or an older version):
   * until they do, partner pages show the consent page and partner procedures refuse.
   */
  consentNeeded: boolean;
}
