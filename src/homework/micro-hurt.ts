import { z } from "zod";
import { choiceWithOther, longText, multiWithOther } from "./field-parts";
import { truncate } from "./format";
import {
  LONG_TEXT,
  OTHER_TEXT,
  SHORT_TEXT,
  durationAnswer,
  durationMinutes,
  durationText,
  kindSchema,
  labelOf,
  oneOf,
  optionalText,
  payloadObject,
  requiredText,
  someOf,
  wholeNumber,
  yesNo,
} from "./schema-parts";
import type { HomeworkKind, Section } from "./types";
import { feelingOptions, feelingsHelp } from "./vocabulary";

export const microHurtCategories = [
  { value: "phone", label: "Phone or distraction" },
  { value: "tone", label: "Tone" },
  { value: "forgotten_follow_up", label: "Forgotten follow-up" },
  { value: "joke_cut", label: "A joke that landed as a cut" },
  { value: "effort_unacknowledged", label: "Effort not acknowledged" },
  { value: "always_initiating", label: "I reached out first, again" },
  { value: "dismissive_look", label: "A dismissive look or sigh" },
  { value: "promise_dissolved", label: "A plan or promise that didn't happen" },
  { value: "other", label: "Something else" },
] as const;

export const microHurtStories = [
  { value: "not_a_priority", label: "I'm not a priority" },
  { value: "on_my_own", label: "I'm on my own with this" },
  { value: "safer_not_to_need", label: "It's safer not to need" },
  { value: "too_much", label: "I'm too much" },
  { value: "not_enough", label: "Whatever I do isn't enough" },
  { value: "feelings_dont_matter", label: "My feelings don't matter" },
  { value: "other", label: "My own words" },
] as const;

const whenRepaired = { field: "repaired", equals: [true] };

/** Asked when the hurt is logged, and again whenever its author updates it later. */
const afterwards: Section = {
  title: "Afterwards",
  fields: [
    {
      name: "raised",
      type: "boolean",
      required: true,
      label: "Did you raise it with your partner?",
      trueLabel: "Yes, I raised it",
      falseLabel: "Not yet",
    },
    {
      name: "repaired",
      type: "boolean",
      required: true,
      label: "Was it repaired?",
      help: "A repair can be small: a touch, a sorry, a softer second try.",
      trueLabel: "Yes",
      falseLabel: "Not yet",
    },
    longText("repairHow", "How was it repaired?", { showWhen: whenRepaired }),
    {
      name: "repairedAfter",
      type: "duration",
      units: ["minutes", "hours", "days"],
      label: "How long after?",
      help: "A rough guess is fine.",
      showWhen: whenRepaired,
    },
  ],
};

const sections: Section[] = [
  {
    title: "What happened",
    fields: [
      longText("observation", "What happened?", {
        required: true,
        indictmentHint: true,
        help: "Describe it the way a camera would have seen it: what was said or done, and when.",
        placeholder: "When ___ happened, I noticed I felt ___.",
      }),
      ...choiceWithOther(
        "category",
        "What kind of moment was it?",
        microHurtCategories,
        { label: "What kind of moment, in your words" },
        { required: true },
      ),
    ],
  },
  {
    title: "Inside me",
    fields: [
      ...multiWithOther(
        "feelings",
        "What did you feel?",
        feelingOptions,
        { label: "Other feelings" },
        { required: true, help: feelingsHelp },
      ),
      {
        name: "intensity",
        type: "scale",
        min: 0,
        max: 10,
        minLabel: "Barely there",
        maxLabel: "As strong as it gets",
        required: true,
        label: "How intense was it?",
      },
      ...choiceWithOther(
        "story",
        "The story I told myself",
        microHurtStories,
        { label: "The story, in my own words", maxLength: SHORT_TEXT },
        {
          help:
            "In the moment the mind fills in a meaning. Which one showed up, even if you know " +
            "it isn't the whole truth?",
        },
      ),
      longText("needed", "What I needed in that moment"),
    ],
  },
  afterwards,
];

const afterwardsShape = {
  raised: yesNo("Say whether you raised it with your partner."),
  repaired: yesNo("Say whether it was repaired."),
  repairHow: optionalText(LONG_TEXT),
};

const firstShape = {
  observation: requiredText(LONG_TEXT, "Describe what happened in a sentence or two."),
  category: oneOf(microHurtCategories, "Choose the kind of moment, or “Something else”."),
  categoryOther: optionalText(OTHER_TEXT),
  feelings: someOf(feelingOptions, { min: 1, missing: "Choose at least one feeling." }),
  feelingsOther: optionalText(OTHER_TEXT),
  intensity: wholeNumber(0, 10, "Choose how intense it felt, from 0 to 10."),
  story: oneOf(microHurtStories, "Choose one of the stories, or “My own words”.").optional(),
  storyOther: optionalText(SHORT_TEXT),
  needed: optionalText(LONG_TEXT),
  ...afterwardsShape,
};

const repairedAfter = durationAnswer("Enter how long after, from 0 minutes up to 30 days.");

const schema = kindSchema(
  sections,
  payloadObject({ ...firstShape, repairedAfter: repairedAfter.optional() }),
  {
    categoryOther: "Say in a few words what kind of moment it was.",
    feelingsOther: "Name the other feeling in a word or two.",
    storyOther: "Write the story in your own words, or choose one from the list.",
  },
);

export type MicroHurtPayload = z.output<typeof schema>;

/**
 * Version 1 asked "How long after?" as a bare number with an "in minutes" hint that a practice's
 * help text could replace, so "2" may mean two minutes or two hours. It is read as given, with no
 * unit, and never converted.
 */
const version1 = payloadObject({
  ...firstShape,
  minutesToRepair: z.number().int().min(0).optional(),
}).transform(({ minutesToRepair, ...rest }): MicroHurtPayload => ({
  ...rest,
  ...(minutesToRepair === undefined
    ? {}
    : { repairedAfter: { amount: minutesToRepair, unit: null } }),
}));

const laterSchema = kindSchema(
  [afterwards],
  payloadObject({ ...afterwardsShape, repairedAfter: repairedAfter.optional() }),
);

function repairText(payload: MicroHurtPayload): string {
  if (!payload.repaired) return "not repaired yet";
  if (payload.repairedAfter === undefined) return "repaired";
  return `repaired after ${durationText(payload.repairedAfter)}`;
}

export const microHurt: HomeworkKind<MicroHurtPayload> = {
  key: "micro_hurt",
  version: 2,
  title: "Micro-hurt log",
  instructions:
    "Small moments of disconnection are easy to let slide. Note one here soon after it happens: " +
    "what you saw and heard, what it stirred in you, and whether it found its way to a repair.",
  asksWhen: true,
  schema,
  sections,
  summary: (payload) => {
    const category = payload.categoryOther
      ? truncate(payload.categoryOther, 40)
      : labelOf(microHurtCategories, payload.category);
    return `${category} · intensity ${payload.intensity} · ${repairText(payload)}`;
  },
  metrics: (payload) => {
    const after = payload.repaired ? payload.repairedAfter : undefined;
    const minutes = after ? durationMinutes(after) : null;
    return {
      category: payload.category,
      intensity: payload.intensity,
      raised: payload.raised,
      repaired: payload.repaired,
      ...(minutes === null ? {} : { minutesToRepair: minutes }),
      ...(after && minutes === null ? { repairTimeWithoutUnit: true } : {}),
      story: payload.story,
    };
  },
  earlier: { 1: version1 },
  later: {
    label: "Update whether it was raised or repaired",
    fields: afterwards.fields.map((field) => field.name),
    sections: [afterwards],
    schema: laterSchema,
  },
};

export const examplePayload: MicroHurtPayload = {
  observation:
    "I was telling my partner how the meeting with my manager went, and halfway through they " +
    "picked up their phone and started scrolling. I stopped talking and it took a while before " +
    "they noticed.",
  category: "phone",
  feelings: ["hurt", "unseen", "lonely"],
  intensity: 6,
  story: "not_a_priority",
  needed: "To know that my day matters to them, even when it's a dull work story.",
  raised: false,
  repaired: true,
  repairHow:
    "Later they came and sat with me and asked how it ended. I said it had stung a little, " +
    "and they said sorry.",
  repairedAfter: { amount: 2, unit: "hours" },
};
