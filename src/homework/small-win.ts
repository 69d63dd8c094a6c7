import type { z } from "zod";
import { smallWinRef } from "./couple-item-parts";
import { truncate } from "./format";
import { SHORT_TEXT, kindSchema, optionalText, payloadObject, requiredText } from "./schema-parts";
import type { HomeworkKind, Section } from "./types";

const sections: Section[] = [
  {
    fields: [
      {
        name: "goal",
        type: "coupleItem",
        itemType: "small_win",
        multiple: false,
        required: true,
        label: "Which of our small wins is this for?",
      },
      {
        name: "step",
        type: "text",
        multiline: true,
        maxLength: SHORT_TEXT,
        required: true,
        label: "What step did you take?",
        help: "However small: a first try counts.",
        placeholder: "Booked the table for Friday…",
      },
      {
        name: "celebration",
        type: "text",
        multiline: true,
        maxLength: SHORT_TEXT,
        label: "How did you celebrate it, or how will you?",
        help: "A high five, a thank-you, a favourite meal: marking it is part of the win.",
      },
    ],
  },
];

const schema = kindSchema(
  sections,
  payloadObject({
    goal: smallWinRef,
    step: requiredText(SHORT_TEXT, "Say what step you took, in a few words."),
    celebration: optionalText(SHORT_TEXT),
  }),
);

export type SmallWinPayload = z.output<typeof schema>;

export const smallWin: HomeworkKind<SmallWinPayload> = {
  key: "small_win",
  version: 1,
  title: "Small wins",
  instructions:
    "Two or three small goals you set together. When either of you takes a step towards one, " +
    "log it and mark it. These are shared with your partner unless you choose otherwise.",
  asksWhen: true,
  // a joint activity: both partners see each other's steps unless the author keeps one private
  defaultVisibility: "shared",
  schema,
  sections,
  summary: (payload) =>
    `Small win · ${truncate(payload.goal.label, 40)} · ${truncate(payload.step, 60)}`,
  metrics: (payload) => ({ smallWin: { id: payload.goal.id, label: payload.goal.label } }),
};

export const examplePayload: SmallWinPayload = {
  goal: { id: "7d2c5f60-8192-4ca3-9d4e-5f6071829304", label: "Cook together once a week" },
  step: "Picked a recipe together and wrote the shopping list.",
  celebration: "Ate it on the sofa with the good plates.",
};
