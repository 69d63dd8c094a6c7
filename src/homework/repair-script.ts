import { z } from "zod";
import { longText, multiWithOther } from "./field-parts";
import { repairPhraseGroups } from "./repair-phrases";
import {
  LONG_TEXT,
  OTHER_TEXT,
  SHORT_TEXT,
  kindSchema,
  optionalText,
  payloadObject,
  requiredText,
  someOf,
  wholeNumber,
  yesNo,
} from "./schema-parts";
import type { FieldDef, HomeworkKind, Section } from "./types";
import { feelingOptions, feelingsHelp } from "./vocabulary";

const phraseFields: FieldDef[] = repairPhraseGroups.map((group) => ({
  name: group.name,
  type: "multi",
  label: group.label,
  options: [...group.options],
}));

const setUpOptions = [
  { value: "stress", label: "Stress" },
  { value: "tiredness", label: "Tiredness" },
  { value: "hunger", label: "Hunger" },
  { value: "unwell", label: "Feeling unwell or in pain" },
  { value: "too_much_on", label: "Too much on my plate" },
  { value: "already_distant", label: "Already feeling distant from my partner" },
  { value: "no_time_to_myself", label: "No time to myself" },
  { value: "other", label: "Something else" },
] as const;

/** Asked when the script is written, and again whenever its author comes back to say. */
const howItWent: Section = {
  title: "How it went",
  fields: [
    {
      name: "landed",
      type: "boolean",
      label: "Did the repair land?",
      help: "Not tried it yet? Leave this for now and answer it later from your entry.",
      trueLabel: "Yes, it landed",
      falseLabel: "Not yet",
    },
    {
      name: "closeness",
      type: "scale",
      min: 0,
      max: 10,
      minLabel: "Far apart",
      maxLabel: "Very close",
      required: true,
      label: "How close do you feel now?",
    },
  ],
};

const sections: Section[] = [
  {
    title: "The hurt",
    fields: [
      {
        name: "hurtEntryId",
        type: "entryRef",
        kind: "micro_hurt",
        label: "One of my logged moments",
        help: "Optional. Only your own entries are listed.",
      },
      longText("hurt", "What happened, in a sentence or two", {
        indictmentHint: true,
        help: "If you picked one of your logged moments above, you can skip this.",
      }),
    ],
  },
  {
    title: "Looking back",
    intro: "Take the steps slowly. Understanding each other matters more than agreeing.",
    fields: [
      ...multiWithOther(
        "feelings",
        "What I felt",
        feelingOptions,
        { label: "Other feelings" },
        { required: true, help: feelingsHelp },
      ),
      longText("myReality", "How it looked from where I stood", {
        required: true,
        help: "Your own experience of it, not a ruling on who was right.",
      }),
      longText("partnerReality", "How it may have looked from where my partner stood", {
        required: true,
        help: "As best you understand it. You can understand without agreeing.",
      }),
      longText("triggers", "What it touched in me", {
        help: "Sometimes a small moment presses on an older bruise, from this relationship or from long before it.",
      }),
      ...multiWithOther(
        "setUp",
        "What set me up",
        setUpOptions,
        { label: "What else set me up" },
        {
          help: "What was already weighing on you before it started. Context, not an excuse.",
        },
      ),
      longText("myPart", "My part in it", {
        help:
          "Optional. Only what you'd honestly own, if anything. If you felt afraid or unsafe, " +
          "you don't owe a part: leave this empty and talk to your therapist.",
      }),
      longText("doDifferently", "One thing I'll do differently next time", { required: true }),
      longText("partnerCould", "One thing my partner could do next time", {
        help: "Something small and specific they could do, said as a wish rather than a fault.",
      }),
    ],
  },
  {
    title: "Repair phrases",
    intro:
      "Short phrases that can slow a hard moment down or turn it around. Pick any that sound " +
      "like you, to try next time.",
    fields: [
      ...phraseFields,
      { name: "phrasesOwn", type: "text", maxLength: SHORT_TEXT, label: "Or in my own words" },
    ],
  },
  howItWent,
];

const [iFeel, sorry, gettingToYes, calmDown, stopAction, appreciate] = repairPhraseGroups;
const phrases = (group: (typeof repairPhraseGroups)[number]) =>
  someOf(group.options, { missing: "Choose phrases from the list." }).optional();

const howItWentShape = {
  landed: yesNo("Say whether the repair landed."),
  closeness: wholeNumber(0, 10, "Choose how close you feel, from 0 to 10."),
};

const schema = kindSchema(
  sections,
  payloadObject({
    hurtEntryId: z.uuid("Choose one of your logged moments, or leave this empty.").optional(),
    hurt: optionalText(LONG_TEXT),
    feelings: someOf(feelingOptions, { min: 1, missing: "Choose at least one feeling." }),
    feelingsOther: optionalText(OTHER_TEXT),
    myReality: requiredText(LONG_TEXT, "Write a few words about how it was for you."),
    partnerReality: requiredText(
      LONG_TEXT,
      "Write a few words about how it may have been for your partner.",
    ),
    triggers: optionalText(LONG_TEXT),
    setUp: someOf(setUpOptions, { missing: "Choose from the list." }).optional(),
    setUpOther: optionalText(OTHER_TEXT),
    myPart: optionalText(LONG_TEXT),
    doDifferently: requiredText(LONG_TEXT, "Write one thing you'll do differently."),
    partnerCould: optionalText(LONG_TEXT),
    phrasesIFeel: phrases(iFeel),
    phrasesSorry: phrases(sorry),
    phrasesGettingToYes: phrases(gettingToYes),
    phrasesCalmDown: phrases(calmDown),
    phrasesStopAction: phrases(stopAction),
    phrasesAppreciate: phrases(appreciate),
    phrasesOwn: optionalText(SHORT_TEXT),
    ...howItWentShape,
    landed: howItWentShape.landed.optional(),
  }).superRefine((payload, ctx) => {
    if (!payload.hurtEntryId && !payload.hurt)
      ctx.addIssue({
        code: "custom",
        path: ["hurt"],
        message: "Describe the moment in a sentence, or pick one of your logged moments.",
      });
  }),
  {
    feelingsOther: "Name the other feeling in a word or two.",
    setUpOther: "Say in a few words what else set you up.",
  },
);

export type RepairScriptPayload = z.output<typeof schema>;

const laterSchema = kindSchema([howItWent], payloadObject(howItWentShape));

function phraseCount(payload: RepairScriptPayload): number {
  return repairPhraseGroups.reduce((sum, group) => sum + (payload[group.name]?.length ?? 0), 0);
}

export const repairScript: HomeworkKind<RepairScriptPayload> = {
  key: "repair_script",
  version: 2,
  title: "Repair script",
  instructions:
    "Choose a recent hurt, one you logged or a new one, and walk through it step by step. If " +
    "you haven't tried the repair yet, send it anyway and say how it went later, from your entry.",
  asksWhen: true,
  schema,
  sections,
  summary: (payload) => {
    const count = phraseCount(payload);
    return [
      payload.landed === undefined
        ? "Not yet said whether it landed"
        : payload.landed
          ? "Repair landed"
          : "Repair didn't land yet",
      `closeness ${payload.closeness}`,
      count > 0 ? `${count} ${count === 1 ? "phrase" : "phrases"} picked` : undefined,
    ]
      .filter(Boolean)
      .join(" · ");
  },
  metrics: (payload) => ({
    landed: payload.landed,
    closeness: payload.closeness,
    repairsEntryId: payload.hurtEntryId,
  }),
  // Version 1 asked for "my part" and "did it land" every time; its answers read as they are.
  earlier: { 1: schema },
  later: {
    label: "Say how the repair went",
    fields: ["landed", "closeness"],
    sections: [howItWent],
    schema: laterSchema,
  },
};

export const examplePayload: RepairScriptPayload = {
  hurt: "I made a joke about their cooking in front of friends and they went quiet for the rest of the evening.",
  feelings: ["embarrassed", "sad"],
  myReality:
    "I thought it was light teasing, the kind we do at home. I was nervous with new people and " +
    "reached for a laugh.",
  partnerReality:
    "They had spent the whole afternoon on that meal, and hearing it made fun of in front of " +
    "people they wanted to impress probably felt like being cut down.",
  triggers: "Being the one who gets laughed at was a big thing in my family growing up.",
  myPart: "I put getting a laugh ahead of how they'd feel, and I didn't check in afterwards.",
  setUp: ["stress", "tiredness"],
  doDifferently:
    "Tease only about myself when we're out, and thank them for the meal in front of everyone.",
  partnerCould: "Squeeze my hand when I start joking at their expense, so I notice sooner.",
  phrasesSorry: ["came_out_harsh", "i_added_to_this"],
  phrasesAppreciate: ["told_me"],
  landed: true,
  closeness: 7,
};
