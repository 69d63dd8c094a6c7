import type { ProgrammeWeekPlan } from "./programmes";

/** A programme that ships with Attune: in code, like the built-in kinds, never a database row. */
export interface BuiltInProgramme {
  key: string;
  /** built-in programmes are versioned in code; a run records the version it started with */
  version: number;
  title: string;
  summary: string;
  weeks: ProgrammeWeekPlan[];
}

const both = [1, 2];

/**
 * Six weeks to rebuild connection: notice where you are, build small rituals, make it safe to say
 * things, practise repair, share small wins, then look back together and decide what comes next.
 */
const sixWeekReconnect: BuiltInProgramme = {
  key: "six-week-reconnect",
  version: 1,
  title: "Six weeks to reconnect",
  summary:
    "A gentle six-week plan: take stock, build small rituals, feel safe, repair, share small wins, then look back together.",
  weeks: [
    {
      title: "Where we are now",
      intention:
        "This week is about noticing, not fixing. Take a few quiet minutes to write down how things feel, and look out for small good moments between you.",
      homework: [
        {
          kind: "reflection",
          cadence: "once",
          partnerPositions: both,
          note: "This one is about how things are now.",
          reflectionStage: "start",
        },
        { kind: "csi4", cadence: "once", partnerPositions: both },
        { kind: "connection_moment", cadence: "whenever", partnerPositions: both },
      ],
    },
    {
      title: "Small rituals",
      intention:
        "Choose one or two small habits that bring you together, like a proper hello at the end of the day. Tick them off when they happen; missed days are part of it.",
      homework: [
        { kind: "ritual_tracker", cadence: "daily", partnerPositions: both },
        { kind: "connection_moment", cadence: "whenever", partnerPositions: both },
      ],
    },
    {
      title: "Feeling safe together",
      intention:
        "Safety grows when each of you can say what you need and be heard. Once this week, sit down together and share one thank-you, one need and one small plan.",
      homework: [
        { kind: "soft_checkin", cadence: "weekly", partnerPositions: both },
        { kind: "ritual_tracker", cadence: "daily", partnerPositions: both },
      ],
    },
    {
      title: "Repair and apology",
      intention:
        "Hurts happen in every couple; what matters is coming back to each other. Note small hurts as they happen, then try one gentle repair together.",
      homework: [
        { kind: "micro_hurt", cadence: "whenever", partnerPositions: both },
        { kind: "repair_script", cadence: "once", partnerPositions: both },
        { kind: "ritual_tracker", cadence: "daily", partnerPositions: both },
      ],
    },
    {
      title: "Small wins, shared",
      intention:
        "Pick two or three small goals you want to reach together and mark each step forward. Celebrate the little things out loud.",
      homework: [
        { kind: "small_win", cadence: "whenever", partnerPositions: both },
        { kind: "connection_moment", cadence: "whenever", partnerPositions: both },
        { kind: "ritual_tracker", cadence: "daily", partnerPositions: both },
      ],
    },
    {
      title: "Looking back, looking ahead",
      intention:
        "Look back at where you started and notice what has changed. Write down what is better, what is still hard, and what you would like to try next.",
      homework: [
        {
          kind: "reflection",
          cadence: "once",
          partnerPositions: both,
          note: "This one is about what has changed since week 1.",
          reflectionStage: "review",
        },
        { kind: "csi4", cadence: "once", partnerPositions: both },
      ],
    },
  ],
};

export const builtInProgrammes: readonly BuiltInProgramme[] = [sixWeekReconnect];

export function builtInProgramme(key: string): BuiltInProgramme | undefined {
  return builtInProgrammes.find((p) => p.key === key);
}
