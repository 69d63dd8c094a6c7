import type { z } from "zod";
import { truncate } from "./format";
import { kindSchema, oneOf, optionalText, payloadObject } from "./schema-parts";
import type { FieldDef, HomeworkKind, Section } from "./types";

const REFLECTION_TEXT = 1000;

/**
 * The two stages of the journal: at the start of a piece of work and when looking back on it. A
 * programme week asks for one by preselecting `stage` (reflectionStagePreset); the partner sees
 * only that stage's three questions.
 */
const reflectionStages = [
  { value: "start", label: "Starting out: how things are now" },
  { value: "review", label: "Looking back: what has changed" },
] as const;
export type ReflectionStage = (typeof reflectionStages)[number]["value"];

/** The answers a form starts with when the homework asks for one stage. */
export function reflectionStagePreset(stage: ReflectionStage): { stage: ReflectionStage } {
  return { stage };
}

const question = (name: string, stage: ReflectionStage, label: string, help: string): FieldDef => ({
  name,
  type: "text",
  multiline: true,
  maxLength: REFLECTION_TEXT,
  required: true,
  label,
  help,
  showWhen: { field: "stage", equals: [stage] },
});

const sections: Section[] = [
  {
    intro: "A few quiet minutes, just for you and your therapist unless you choose to share.",
    fields: [
      {
        name: "stage",
        type: "choice",
        required: true,
        label: "Which reflection is this?",
        options: [...reflectionStages],
      },
      question(
        "notice",
        "start",
        "What do I notice about us right now?",
        "Moments, habits, how evenings go. Describe rather than judge.",
      ),
      question(
        "miss",
        "start",
        "What do I miss?",
        "Something we used to have, or something I long for.",
      ),
      question(
        "hope",
        "start",
        "One change I hope for",
        "Small and concrete: something you would notice if it happened.",
      ),
      question(
        "improved",
        "review",
        "What has improved?",
        "However small. What do you notice now that you didn't before?",
      ),
      question(
        "stillHard",
        "review",
        "What is still hard?",
        "It's fine for some things to still be hard.",
      ),
      question(
        "next",
        "review",
        "What next?",
        "One thing you'd like the two of you to keep doing or try.",
      ),
    ],
  },
];

const stageMessages: Record<string, string> = {
  notice: "Write what you notice about the two of you right now.",
  miss: "Write what you miss.",
  hope: "Write one change you hope for.",
  improved: "Write what has improved, however small.",
  stillHard: "Write what is still hard.",
  next: "Write what you'd like next.",
};

const stageFields: Record<ReflectionStage, readonly string[]> = {
  start: ["notice", "miss", "hope"],
  review: ["improved", "stillHard", "next"],
};

const schema = kindSchema(
  sections,
  payloadObject({
    stage: oneOf(reflectionStages, "Choose which reflection this is."),
    notice: optionalText(REFLECTION_TEXT),
    miss: optionalText(REFLECTION_TEXT),
    hope: optionalText(REFLECTION_TEXT),
    improved: optionalText(REFLECTION_TEXT),
    stillHard: optionalText(REFLECTION_TEXT),
    next: optionalText(REFLECTION_TEXT),
  }).superRefine((payload, ctx) => {
    // The stage's three questions are asked and required; the other stage's are hidden (dropped).
    for (const name of stageFields[payload.stage]) {
      if (!payload[name as keyof typeof payload]) {
        ctx.addIssue({ code: "custom", path: [name], message: stageMessages[name] ?? "" });
      }
    }
  }),
);

export type ReflectionPayload = z.output<typeof schema>;

export const reflection: HomeworkKind<ReflectionPayload> = {
  key: "reflection",
  version: 1,
  title: "Reflection",
  instructions:
    "A short guided journal: three questions, a few honest sentences each. There are no right " +
    "answers; it helps you and your therapist see where you are.",
  asksWhen: false,
  schema,
  sections,
  summary: (payload) =>
    payload.stage === "start"
      ? `Reflection, starting out · hope: ${truncate(payload.hope ?? "", 70)}`
      : `Reflection, looking back · next: ${truncate(payload.next ?? "", 70)}`,
  metrics: (payload) => ({ reflectionStage: payload.stage }),
};

export const examplePayload: ReflectionPayload = {
  stage: "start",
  notice: "We are kind to each other in front of others but quiet at home after the kids sleep.",
  miss: "Laughing together. Long walks where we talked about nothing.",
  hope: "One evening a week that is just ours, without screens.",
};

export const reviewExamplePayload: ReflectionPayload = {
  stage: "review",
  improved: "We say goodnight properly now, and I notice when you make me a tea.",
  stillHard: "Talking about money without it turning into a row.",
  next: "Keep the Sunday walk, and try the repair phrases when money comes up.",
};
