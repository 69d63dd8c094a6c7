import { z } from "zod";
import { COUPLE_ITEM_LABEL_MAX } from "~/domain/couple-items";
import { coupleItemTypes, ritualRhythms } from "~/domain/programmes";
import { idSchema } from "./common";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

/** A couple's ritual or small win, in the words the couple or their therapist chose. */
const itemLabel = z
  .string({ error: "Give it a short name." })
  .trim()
  .min(1, "Give it a short name.")
  .max(COUPLE_ITEM_LABEL_MAX, `Keep the name under ${COUPLE_ITEM_LABEL_MAX} characters.`)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

const itemType = z.enum(coupleItemTypes, { error: "Choose a ritual or a small win." });
const rhythm = z.enum(ritualRhythms, { error: "Choose every day or once a week." });

/** A ritual needs its rhythm; a small win has none. */
const newItem = z
  .object({ type: itemType, label: itemLabel, rhythm: rhythm.optional() })
  .superRefine((item, ctx) => {
    if (item.type === "ritual" && !item.rhythm) {
      ctx.addIssue({
        code: "custom",
        path: ["rhythm"],
        message: "Choose every day or once a week.",
      });
    }
  })
  .transform((item) => ({
    ...item,
    rhythm: item.type === "ritual" ? (item.rhythm ?? null) : null,
  }));

export const addCoupleItemInput = z.object({ coupleId: idSchema }).and(newItem);
export type AddCoupleItemInput = z.output<typeof addCoupleItemInput>;

export const partnerAddCoupleItemInput = newItem;
export type PartnerAddCoupleItemInput = z.output<typeof partnerAddCoupleItemInput>;

export const renameCoupleItemInput = z.object({ itemId: idSchema, label: itemLabel });
export const archiveCoupleItemInput = z.object({ itemId: idSchema });
export const listCoupleItemsInput = z.object({ coupleId: idSchema });
