import { z } from "zod";
import { ritualRef } from "./couple-item-parts";
import { truncate } from "./format";
import { kindSchema, payloadObject } from "./schema-parts";
import type { HomeworkKind, Section } from "./types";

const sections: Section[] = [
  {
    fields: [
      {
        name: "rituals",
        type: "coupleItem",
        itemType: "ritual",
        multiple: true,
        required: true,
        label: "Which of our rituals did you do today?",
        help: "Tick the ones you did. Whatever you didn't get to today simply isn't ticked.",
      },
    ],
  },
];

const missing = "Tick at least one ritual you did today.";

const schema = kindSchema(
  sections,
  payloadObject({
    rituals: z
      .array(ritualRef, { error: missing })
      .min(1, missing)
      .max(20, "Tick up to 20 rituals at once.")
      // the same ritual ticked twice (a double tap) counts once
      .transform((done) => done.filter((r, i) => done.findIndex((o) => o.id === r.id) === i)),
    /**
     * The day the rituals were done, in the partner's zone. The server fills it when the form
     * leaves it out (the time it arrives), so a form sent later from a phone that was offline
     * should send the day it was ticked.
     */
    day: z.iso.date({ error: "Choose the day as a date." }).optional(),
  }),
);

export type RitualTrackerPayload = z.output<typeof schema>;

export const ritualTracker: HomeworkKind<RitualTrackerPayload> = {
  key: "ritual_tracker",
  version: 1,
  title: "Our rituals",
  instructions:
    "The small rituals you chose together. Tick the ones you did today; it takes a few " +
    "seconds. There is no score to keep: every day you keep one counts.",
  asksWhen: false,
  schema,
  sections,
  summary: (payload) =>
    `Rituals · ${truncate(payload.rituals.map((ritual) => ritual.label).join(", "), 90)}`,
  metrics: (payload) => ({
    ...(payload.day ? { ritualDay: payload.day } : {}),
    ritualsDone: payload.rituals.map(({ id, label, rhythm }) => ({ id, label, rhythm })),
  }),
};

export const examplePayload: RitualTrackerPayload = {
  rituals: [
    {
      id: "5b0a3d4e-6f70-4a81-9b2c-3d4e5f607182",
      label: "A proper goodbye in the morning",
      rhythm: "daily",
    },
    { id: "6c1b4e5f-7081-4b92-8c3d-4e5f60718293", label: "Sunday walk", rhythm: "weekly" },
  ],
  day: "2026-11-29",
};
