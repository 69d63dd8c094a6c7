import type { z } from "zod";
import { truncate } from "./format";
import { kindSchema, payloadObject, requiredText } from "./schema-parts";
import type { HomeworkKind, Section } from "./types";

const CHECKIN_TEXT = 1000;

const sections: Section[] = [
  {
    fields: [
      {
        name: "appreciation",
        type: "text",
        multiline: true,
        maxLength: CHECKIN_TEXT,
        required: true,
        label: "One thing I appreciated this week",
        help: "Something specific your partner did or said, however small.",
      },
      {
        name: "need",
        type: "text",
        multiline: true,
        maxLength: CHECKIN_TEXT,
        required: true,
        indictmentHint: true,
        label: "One thing I need",
        help: "Put it as a wish rather than a complaint: what would help you feel closer?",
      },
      {
        name: "plan",
        type: "text",
        multiline: true,
        maxLength: CHECKIN_TEXT,
        required: true,
        label: "One small plan for us",
        help: "Small and doable this week: a walk, a phone-free dinner, ten minutes at bedtime.",
      },
    ],
  },
];

const schema = kindSchema(
  sections,
  payloadObject({
    appreciation: requiredText(CHECKIN_TEXT, "Write one thing you appreciated."),
    need: requiredText(CHECKIN_TEXT, "Write one thing you need."),
    plan: requiredText(CHECKIN_TEXT, "Write one small plan for the two of you."),
  }),
);

export type SoftCheckinPayload = z.output<typeof schema>;

export const softCheckin: HomeworkKind<SoftCheckinPayload> = {
  key: "soft_checkin",
  version: 1,
  title: "Weekly soft check-in",
  instructions:
    "Three short answers, once a week. Keep it gentle and specific: one appreciation, one need, " +
    "one small plan. It's a way to stay in touch, not a review of the week.",
  asksWhen: false,
  schema,
  sections,
  summary: (payload) => `Check-in · plan: ${truncate(payload.plan)}`,
  metrics: () => ({}),
};

export const examplePayload: SoftCheckinPayload = {
  appreciation:
    "On Tuesday, when I was swamped, you made me a coffee and left it by my laptop without a " +
    "word. It made the whole morning feel lighter.",
  need: "More time just the two of us, without phones. I miss talking properly.",
  plan: "A walk on Saturday morning while the kids are at swimming.",
};
