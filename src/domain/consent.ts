/**
 * The consent a partner reads and accepts before their first homework. Version 0 is this
 * built-in text; a practice's own wording is stored as versions 1, 2… (practice settings), and
 * a partner who accepted an older version is asked again.
 */

export const BUILT_IN_CONSENT_VERSION = 0;

export const DEFAULT_CONSENT_TEXT = [
  "Your therapist may give you short homework to do between sessions: noticing small moments between you and your partner, and writing a few lines about them here.",
  "Your therapist reads everything you send. Your partner sees an entry only if you choose to share it, and you can make it private again. If you say you don't feel safe, that entry stays between you and your therapist.",
  "Attune is not an emergency service, and no one watches it day and night. If you are in danger, call your local emergency number.",
  "Doing the homework is your choice. You can stop at any time: tell your therapist, or simply stop. Stopping does not affect your therapy.",
].join("\n\n");

/** The longest consent text a practice may write. */
export const MAX_CONSENT_TEXT_LENGTH = 5000;

/** Whether a partner who accepted `accepted` (null: never) must read the consent again. */
export function consentNeeded(accepted: number | null, current: number): boolean {
  return accepted === null || accepted < current;
}
