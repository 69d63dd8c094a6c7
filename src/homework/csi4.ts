import type { z } from "zod";
import { kindSchema, payloadObject, wholeNumber } from "./schema-parts";
import type { FieldDef, HomeworkKind, Section } from "./types";

/** The published source, shown on the therapist's side (timeline, PDF), not on the partner's form. */
export const CSI4_CITATION =
  "Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing " +
  "precision of measurement for relationship satisfaction with the Couples Satisfaction Index. " +
  "Journal of Family Psychology, 21(4), 572–583.";

/** Scores below this suggest relationship distress (Funk & Rogge 2007); a practice may change it. */
export const DEFAULT_CSI_CUTOFF = 13.5;
export const CSI4_MAX_SCORE = 21;

const happiness = [
  "Extremely unhappy",
  "Fairly unhappy",
  "A little unhappy",
  "Happy",
  "Very happy",
  "Extremely happy",
  "Perfect",
];
const howTrue = [
  "Not at all true",
  "A little true",
  "Somewhat true",
  "Mostly true",
  "Almost completely true",
  "Completely true",
];
const howMuch = ["Not at all", "A little", "Somewhat", "Mostly", "Almost completely", "Completely"];

/** The instrument's own wording: locked, since rewording would void the norms and the cut-off. */
function item(name: string, label: string, labels: string[]): FieldDef {
  return {
    name,
    type: "scale",
    min: 0,
    max: labels.length - 1,
    minLabel: labels[0] ?? "",
    maxLabel: labels.at(-1) ?? "",
    labels,
    label,
    required: true,
    lockedWording: true,
  };
}

const sections: Section[] = [
  {
    fields: [
      item(
        "happiness",
        "Please indicate the degree of happiness, all things considered, of your relationship.",
        happiness,
      ),
      item("warmth", "I have a warm and comfortable relationship with my partner.", howTrue),
      item("rewarding", "How rewarding is your relationship with your partner?", howMuch),
      item("satisfaction", "In general, how satisfied are you with your relationship?", howMuch),
    ],
  },
];

const answer = (max: number, from: string, to: string) =>
  wholeNumber(0, max, `Choose one answer, from “${from}” to “${to}”.`);

const schema = kindSchema(
  sections,
  payloadObject({
    happiness: answer(6, "Extremely unhappy", "Perfect"),
    warmth: answer(5, "Not at all true", "Completely true"),
    rewarding: answer(5, "Not at all", "Completely"),
    satisfaction: answer(5, "Not at all", "Completely"),
  }),
);

export type Csi4Answers = z.output<typeof schema>;

/** CSI-4 total, 0–21: the plain sum of the four items; higher is more satisfied. */
export function scoreCsi4(answers: Csi4Answers): number {
  return answers.happiness + answers.warmth + answers.rewarding + answers.satisfaction;
}

export function isDistressed(score: number, cutoff: number = DEFAULT_CSI_CUTOFF): boolean {
  return score < cutoff;
}

export const csi4: HomeworkKind<Csi4Answers> = {
  key: "csi4",
  version: 1,
  title: "Couple satisfaction check (CSI-4)",
  instructions:
    "Four short questions about how your relationship feels right now. Answer for yourself, " +
    "without comparing notes with your partner.",
  asksWhen: false,
  // The instrument asks partners not to compare, so an answer is never shown to the other one.
  neverShared:
    "Your answers to this check stay between you and your therapist, so that each of you can " +
    "answer freely.",
  schema,
  sections,
  summary: (answers) => `CSI-4 score ${scoreCsi4(answers)} of ${CSI4_MAX_SCORE}`,
  metrics: (answers) => ({ score: scoreCsi4(answers) }),
};

export const examplePayload: Csi4Answers = {
  happiness: 4,
  warmth: 4,
  rewarding: 3,
  satisfaction: 4,
};

/**
 * What to tell a therapist when the practice's cut-off is not the published one; null when it is.
 * Scores judged against another cut-off are not comparable with the published norm.
 */
export function csiCutoffNote(cutoff: number): string | null {
  if (cutoff === DEFAULT_CSI_CUTOFF) return null;
  return (
    `This practice uses a CSI-4 cut-off of ${cutoff}, not the published ${DEFAULT_CSI_CUTOFF} ` +
    "(Funk & Rogge 2007), so “below the cut-off” here no longer matches the published norm."
  );
}
