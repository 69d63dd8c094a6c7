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
import { fieldsOf } from "./conditional-fields";
import type { FieldDef, HomeworkKind, Section } from "./types";
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
      label: "Did you raise it with your partner?",
      trueLabel: "Yes, I raised it",
      falseLabel: "Not yet",
    },
    {
      name: "repaired",
      type: "boolean",
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

const observation = longText("observation", "What happened?", {
  required: true,
  indictmentHint: true,
  help: "Describe it the way a camera would have seen it: what was said or done, and when.",
  placeholder: "When ___ happened, I noticed I felt ___.",
});

const category = choiceWithOther(
  "category",
  "What kind of moment was it?",
  microHurtCategories,
  { label: "What kind of moment, in your words" },
  { required: true },
);

const intensity: FieldDef = {
  name: "intensity",
  type: "scale",
  min: 0,
  max: 10,
  minLabel: "Barely there",
  maxLabel: "As strong as it gets",
  required: true,
  label: "How intense was it?",
};

/** What the hurt stirred, beyond how strong it was: asked in the full form, or added later. */
const stirred: FieldDef[] = [
  ...multiWithOther(
    "feelings",
    "What did you feel?",
    feelingOptions,
    { label: "Other feelings" },
    {
      help: feelingsHelp,
    },
  ),
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
];

// The first section has no heading: "What happened" over "What happened?" said it twice.
const sections: Section[] = [
  { fields: [observation, ...category] },
  { title: "Inside me", fields: [stirred[0]!, stirred[1]!, intensity, ...stirred.slice(2)] },
  afterwards,
];

/** The quick log: the three questions that fit one phone screen. */
const quickSections: Section[] = [{ fields: [observation, ...category, intensity] }];

/** What a quick log's author adds later: everything the quick form did not ask. */
const restSections: Section[] = [{ title: "Inside me", fields: stirred }, afterwards];

const quickShape = {
  observation: requiredText(LONG_TEXT, "Describe what happened in a sentence or two."),
  category: oneOf(microHurtCategories, "Choose the kind of moment, or “Something else”."),
  categoryOther: optionalText(OTHER_TEXT),
  intensity: wholeNumber(0, 10, "Choose how intense it felt, from 0 to 10."),
};

const repairedAfter = durationAnswer("Enter how long after, from 0 minutes up to 30 days.");

/** Everything beyond the quick three but the repair time: optional since version 3. */
const restAnswers = {
  feelings: someOf(feelingOptions, { missing: "Choose from the list." }).optional(),
  feelingsOther: optionalText(OTHER_TEXT),
  story: oneOf(microHurtStories, "Choose one of the stories, or “My own words”.").optional(),
  storyOther: optionalText(SHORT_TEXT),
  needed: optionalText(LONG_TEXT),
  raised: yesNo("Say whether you raised it with your partner.").optional(),
  repaired: yesNo("Say whether it was repaired.").optional(),
  repairHow: optionalText(LONG_TEXT),
};

/** Everything beyond the quick three, so the rest can come later. */
const restShape = { ...restAnswers, repairedAfter: repairedAfter.optional() };

const otherTextMessages = {
  categoryOther: "Say in a few words what kind of moment it was.",
  feelingsOther: "Name the other feeling in a word or two.",
  storyOther: "Write the story in your own words, or choose one from the list.",
};

const schema = kindSchema(
  sections,
  payloadObject({ ...quickShape, ...restShape }),
  otherTextMessages,
);

export type MicroHurtPayload = z.output<typeof schema>;

/**
 * Versions 1 and 2 required feelings and both afterwards answers, as their forms did; their
 * entries read as given.
 */
const requiredBefore3 = {
  ...quickShape,
  ...restAnswers,
  feelings: someOf(feelingOptions, { min: 1, missing: "Choose at least one feeling." }),
  raised: yesNo("Say whether you raised it with your partner."),
  repaired: yesNo("Say whether it was repaired."),
};

/**
 * Version 1 asked "How long after?" as a bare number with an "in minutes" hint that a practice's
 * help text could replace, so "2" may mean two minutes or two hours. It is read as given, with no
 * unit, and never converted.
 */
const version1 = payloadObject({
  ...requiredBefore3,
  minutesToRepair: z.number().int().min(0).optional(),
}).transform(({ minutesToRepair, ...rest }): MicroHurtPayload => ({
  ...rest,
  ...(minutesToRepair === undefined
    ? {}
    : { repairedAfter: { amount: minutesToRepair, unit: null } }),
}));

const version2 = payloadObject({ ...requiredBefore3, repairedAfter: repairedAfter.optional() });

const afterwardsFields = afterwards.fields.map((field) => field.name);
const restFields = fieldsOf(restSections).map((field) => field.name);

const laterSchema = kindSchema(
  restSections,
  payloadObject(restShape).refine((update) => Object.keys(update).length > 0, {
    message: "Answer at least one question, or cancel.",
  }),
  otherTextMessages,
);

function repairText(payload: MicroHurtPayload): string | null {
  if (payload.repaired === undefined) return null;
  if (!payload.repaired) return "not repaired yet";
  if (payload.repairedAfter === undefined) return "repaired";
  return `repaired after ${durationText(payload.repairedAfter)}`;
}

export const microHurt: HomeworkKind<MicroHurtPayload> = {
  key: "micro_hurt",
  // 3: a quick log (what happened, kind of moment, intensity) the author can complete later; all
  // else optional, in the full form too. Versions 1 and 2 required feelings, raised and repaired.
  version: 3,
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
    return [category, `intensity ${payload.intensity}`, repairText(payload)]
      .filter(Boolean)
      .join(" · ");
  },
  metrics: (payload) => {
    const after = payload.repaired ? payload.repairedAfter : undefined;
    const minutes = after ? durationMinutes(after) : null;
    // Not answered (a quick log not yet completed) is left out, never read as "no".
    return {
      category: payload.category,
      intensity: payload.intensity,
      ...(payload.raised === undefined ? {} : { raised: payload.raised }),
      ...(payload.repaired === undefined ? {} : { repaired: payload.repaired }),
      ...(minutes === null ? {} : { minutesToRepair: minutes }),
      ...(after && minutes === null ? { repairTimeWithoutUnit: true } : {}),
      story: payload.story,
    };
  },
  earlier: { 1: version1, 2: version2 },
  later: {
    label: "Update whether it was raised or repaired",
    // Each update carries all of these (the form sends the ones it does not show as they stand),
    // so the newest update says what the entry says now.
    fields: restFields,
    sections: [afterwards],
    schema: laterSchema,
    earlierFields: { 1: afterwardsFields, 2: afterwardsFields },
  },
  quick: {
    sections: quickSections,
    complete: { label: "Add the rest", sections: restSections },
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
