import type { z } from "zod";
import { choiceWithOther } from "./field-parts";
import { truncate } from "./format";
import {
  OTHER_TEXT,
  SHORT_TEXT,
  kindSchema,
  labelOf,
  oneOf,
  optionalText,
  payloadObject,
  requiredText,
  wholeNumber,
} from "./schema-parts";
import type { HomeworkKind, Section } from "./types";

/** The small rituals and bids a moment of connection is usually made of. */
export const connectionOptions = [
  { value: "appreciation", label: "I said something I appreciate" },
  { value: "presence", label: "Two minutes of full attention" },
  { value: "touch", label: "A gentle touch" },
  { value: "message", label: "A message that wasn't about logistics" },
  { value: "activity", label: "Something we did together" },
  { value: "other", label: "Something else" },
] as const;

const sections: Section[] = [
  {
    intro: "A good moment between you, one you noticed or one you made. Small ones count most.",
    fields: [
      {
        name: "what",
        type: "text",
        multiline: true,
        maxLength: SHORT_TEXT,
        required: true,
        label: "What happened?",
        help: "A sentence is enough.",
        placeholder: "We had coffee in the garden before the kids woke up…",
      },
      ...choiceWithOther(
        "connection",
        "What kind of moment was it?",
        connectionOptions,
        { label: "In your own words" },
        { required: true },
      ),
      {
        name: "closeness",
        type: "scale",
        min: 0,
        max: 10,
        minLabel: "Far apart",
        maxLabel: "Very close",
        required: true,
        label: "How close did you feel afterwards?",
      },
    ],
  },
];

const schema = kindSchema(
  sections,
  payloadObject({
    what: requiredText(SHORT_TEXT, "Say in a few words what happened."),
    connection: oneOf(connectionOptions, "Choose what kind of moment it was."),
    connectionOther: optionalText(OTHER_TEXT),
    closeness: wholeNumber(0, 10, "Choose how close you felt, from 0 to 10."),
  }),
);

export type ConnectionMomentPayload = z.output<typeof schema>;

export const connectionMoment: HomeworkKind<ConnectionMomentPayload> = {
  key: "connection_moment",
  version: 1,
  title: "Connection moments",
  instructions:
    "Notice the moments when you turned toward each other: a word of thanks, a hand on a " +
    "shoulder, two minutes of real attention. Log them as they happen; they are what the " +
    "work is building.",
  asksWhen: true,
  schema,
  sections,
  summary: (payload) =>
    [
      "Connection",
      payload.connection === "other" && payload.connectionOther
        ? truncate(payload.connectionOther, 40)
        : labelOf(connectionOptions, payload.connection),
      `closeness ${payload.closeness}/10`,
      truncate(payload.what, 50),
    ].join(" · "),
  metrics: (payload) => ({
    turnedToward: true,
    connection: payload.connection,
    closeness: payload.closeness,
  }),
};

export const examplePayload: ConnectionMomentPayload = {
  what: "Sat on the back step together for ten minutes before work, no phones.",
  connection: "presence",
  closeness: 8,
};
