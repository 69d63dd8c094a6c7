/**
 * Partner safety vocabulary, defined once for the database, validation and the pages.
 */

/** What a partner said about the phone or computer they opened their link on. */
export const partnerDevices = ["own", "shared"] as const;
export type PartnerDevice = (typeof partnerDevices)[number];

/** Where a safety flag came from: a ticked box in a form, or the "I need help" button. */
export const safetyFlagSources = ["entry", "help_button"] as const;
export type SafetyFlagSource = (typeof safetyFlagSources)[number];
export const safetyFlagSourceLabel: Record<SafetyFlagSource, string> = {
  entry: "Ticked “I don't feel safe” in homework",
  help_button: "Pressed “I need help”",
};

/** How the therapist reached (or tried to reach) the partner about a safety flag. */
export const safetyContactMethods = [
  "phone",
  "text",
  "email",
  "video",
  "in_session",
  "not_reached",
] as const;
export type SafetyContactMethod = (typeof safetyContactMethods)[number];
export const safetyContactMethodLabel: Record<SafetyContactMethod, string> = {
  phone: "Phone call",
  text: "Text message",
  email: "Email",
  video: "Video call",
  in_session: "In a session",
  not_reached: "Tried, could not reach them",
};

/** What came of the follow-up. */
export const safetyOutcomes = [
  "safe_now",
  "safety_plan",
  "referred",
  "emergency_services",
  "other",
] as const;
export type SafetyOutcome = (typeof safetyOutcomes)[number];
export const safetyOutcomeLabel: Record<SafetyOutcome, string> = {
  safe_now: "Safe for now, no further action",
  safety_plan: "Safety plan made or reviewed",
  referred: "Referred to crisis or domestic-violence services",
  emergency_services: "Emergency services contacted",
  other: "Other (see note)",
};
