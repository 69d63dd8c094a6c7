import { z } from "zod";
import { kindKeys } from "~/homework/types";
import { idSchema } from "./common";

const rangePresets = ["since_last_session", "4w", "12w", "all"] as const;

/** Longest custom range: two years, counting a leap day. */
const MAX_RANGE_DAYS = 731;

const calendarDay = (which: string) => z.iso.date(`Enter the ${which} date as YYYY-MM-DD.`);

function daysFromTo(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export const customRangeSchema = z
  .object({ from: calendarDay("start"), to: calendarDay("end") })
  .refine((r) => r.to >= r.from, {
    message: "The end date must be on or after the start date.",
    path: ["to"],
  })
  .refine((r) => r.to < r.from || daysFromTo(r.from, r.to) < MAX_RANGE_DAYS, {
    message: "Choose a range of at most two years.",
    path: ["to"],
  });

const timelineRangeSchema = z.union([z.enum(rangePresets), customRangeSchema], {
  error: "Choose a period: since the last session, 4 weeks, 12 weeks, all, or your own dates.",
});
export type TimelineRange = z.infer<typeof timelineRangeSchema>;

const timelineFilterSchema = {
  kinds: z
    .array(z.enum(kindKeys, { error: "Choose kinds of homework from the list." }))
    .max(kindKeys.length)
    .optional(),
  positions: z
    .array(z.union([z.literal(1), z.literal(2)], { error: "Choose partner 1, partner 2 or both." }))
    .max(2)
    .optional(),
};

export const coupleTimelineInput = z.object({
  coupleId: idSchema,
  range: timelineRangeSchema.default("since_last_session"),
  ...timelineFilterSchema,
});
export type CoupleTimelineArgs = z.output<typeof coupleTimelineInput>;

export const timelineEntryInput = z.object({ coupleId: idSchema, entryId: idSchema });
