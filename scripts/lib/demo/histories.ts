import type { DemoHistory } from "./seed-homework";

/**
 * Two couples with a clear story for the timeline: Alex pursues and Sam withdraws, Alex keeps
 * telling "I'm not a priority" and both slowly climb out of distress; Elias pursues Noor.
 */
export const demoHistories: DemoHistory[] = [
  {
    label: "Alex & Sam",
    weeks: 10,
    seed: 11,
    personas: [
      {
        pursueShare: 0.85,
        hurtCategories: ["phone", "phone", "forgotten_follow_up", "always_initiating"],
        stories: ["not_a_priority", "not_a_priority", "on_my_own"],
        csiFrom: 10,
        csiTo: 16,
      },
      {
        pursueShare: 0.15,
        hurtCategories: ["tone", "dismissive_look", "joke_cut"],
        stories: ["too_much", "not_enough", "safer_not_to_need"],
        csiFrom: 12,
        csiTo: 16,
      },
    ],
  },
  {
    label: "Noor & Elias",
    weeks: 8,
    seed: 23,
    personas: [
      {
        pursueShare: 0.3,
        hurtCategories: ["effort_unacknowledged", "tone"],
        stories: ["feelings_dont_matter", "safer_not_to_need"],
        csiFrom: 15,
        csiTo: 12,
      },
      {
        pursueShare: 0.75,
        hurtCategories: ["promise_dissolved", "phone"],
        stories: ["not_a_priority", "on_my_own"],
        csiFrom: 14,
        csiTo: 13,
      },
    ],
  },
  {
    label: "Jordan & Casey",
    weeks: 8,
    seed: 37,
    personas: [
      {
        pursueShare: 0.5,
        hurtCategories: ["tone", "joke_cut"],
        stories: ["too_much"],
        csiFrom: 17,
        csiTo: 18,
      },
      {
        pursueShare: 0.5,
        hurtCategories: ["phone"],
        stories: ["not_a_priority"],
        csiFrom: 16,
        csiTo: 17,
      },
    ],
  },
  {
    label: "Maya & Chris",
    weeks: 9,
    seed: 41,
    personas: [
      {
        pursueShare: 0.6,
        hurtCategories: ["always_initiating", "effort_unacknowledged"],
        stories: ["on_my_own"],
        csiFrom: 13,
        csiTo: 14,
      },
      {
        pursueShare: 0.35,
        hurtCategories: ["tone", "promise_dissolved"],
        stories: ["not_enough"],
        csiFrom: 14,
        csiTo: 15,
      },
    ],
  },
];
