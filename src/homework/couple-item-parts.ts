import { z } from "zod";
import { COUPLE_ITEM_LABEL_MAX } from "~/domain/couple-items";
import { ritualRhythms } from "~/domain/programmes";

/**
 * A couple's ritual or small win as an entry records it: its id (checked on the server to be one
 * of the couple's own) and its label and rhythm as they were when the partner answered, so an
 * entry still reads the same after the couple renames or archives the item.
 */

const itemId = (message: string) => z.uuid({ error: message });
const itemLabel = (message: string) =>
  z.string({ error: message }).trim().min(1, message).max(COUPLE_ITEM_LABEL_MAX, message);

export const ritualRef = z.strictObject(
  {
    id: itemId("Choose one of your rituals."),
    label: itemLabel("Choose one of your rituals."),
    rhythm: z.enum(ritualRhythms, { error: "Choose one of your rituals." }),
  },
  { error: "Choose one of your rituals." },
);

export const smallWinRef = z.strictObject(
  {
    id: itemId("Choose one of your small wins."),
    label: itemLabel("Choose one of your small wins."),
  },
  { error: "Choose one of your small wins." },
);
