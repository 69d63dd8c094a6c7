/**
 * The built-in words a partner reads about safety and privacy; a practice may replace each with
 * its own (practice settings). Kept free of any claim that someone has been told: that is said
 * only once the server confirms the alert.
 */

export const DEFAULT_CRISIS_TEXT =
  "Attune is not an emergency service, and no one watches it day and night. " +
  "If you are in danger right now, call your local emergency number: 911 in the US and Canada, 999 in the UK, 112 in the EU. " +
  "If someone is hurting, threatening or controlling you, a domestic violence line can help you make a safety plan: in the US call 1-800-799-7233 or text START to 88788; in the UK call 0808 2000 247. " +
  "If you are thinking about suicide or hurting yourself: in the US call or text 988; in the UK call Samaritans on 116 123.";

export const DEFAULT_SECRETS_POLICY =
  "Your therapist reads everything you send here, private or shared. Private means your partner does not see it. " +
  "Your therapist will not read out or quote a private entry in a joint session, but may encourage you to talk about something important yourself. " +
  "If what you write means someone may be at risk of serious harm, your therapist may need to act to keep people safe.";
