import type { z } from "zod";
import { truncate } from "./format";
import { SHORT_TEXT, kindSchema, oneOf, payloadObject, requiredText } from "./schema-parts";
import type { HomeworkKind, Section } from "./types";

const bidDirections = [
  { value: "made", label: "I made a bid" },
  { value: "received", label: "My partner made a bid to me" },
] as const;

const bidResponses = [
  { value: "toward", label: "Turned toward: noticed it and responded" },
  { value: "away", label: "Turned away: missed it or let it pass" },
  { value: "against", label: "Turned against: met it with irritation or a put-down" },
] as const;

const sections: Section[] = [
  {
    intro:
      "A bid is any small reach for connection: a comment, a question, a touch, a joke, a sigh " +
      "that hopes to be noticed.",
    fields: [
      {
        name: "direction",
        type: "choice",
        required: true,
        label: "Whose bid was it?",
        options: [...bidDirections],
      },
      {
        name: "what",
        type: "text",
        multiline: true,
        maxLength: SHORT_TEXT,
        required: true,
        label: "What was the bid?",
        help: "A few words are enough.",
        placeholder: "Showed me a video, asked about my day, reached for my hand…",
      },
      {
        name: "response",
        type: "choice",
        required: true,
        label: "How was it met?",
        help: "If you made the bid, how did your partner respond? If your partner made it, how did you?",
        options: [...bidResponses],
      },
    ],
  },
];

const schema = kindSchema(
  sections,
  payloadObject({
    direction: oneOf(bidDirections, "Choose whether you made the bid or received it."),
    what: requiredText(SHORT_TEXT, "Describe the bid in a few words."),
    response: oneOf(bidResponses, "Choose how the bid was met: toward, away or against."),
  }),
);

export type BidPayload = z.output<typeof schema>;

export const bid: HomeworkKind<BidPayload> = {
  key: "bid",
  version: 1,
  title: "Bids for connection",
  instructions:
    "Notice the small reaches for connection between you, yours and your partner's, and how " +
    "each one was met. Log them as they happen; the ordinary ones count most.",
  asksWhen: true,
  schema,
  sections,
  summary: (payload) =>
    [
      payload.direction === "made" ? "Bid made" : "Bid received",
      `turned ${payload.response}`,
      truncate(payload.what),
    ].join(" · "),
  metrics: (payload) => ({ bidDirection: payload.direction, bidResponse: payload.response }),
};

export const examplePayload: BidPayload = {
  direction: "received",
  what: "Asked if I wanted to come out and watch the sunset while I was finishing some emails.",
  response: "away",
};
