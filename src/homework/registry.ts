import { z } from "zod";
import { bid } from "./bid";
import { connectionMoment } from "./connection-moment";
import { csi4 } from "./csi4";
import { cycleMap } from "./cycle-map";
import { microHurt } from "./micro-hurt";
import { reflection } from "./reflection";
import { repairScript } from "./repair-script";
import { ritualTracker } from "./ritual-tracker";
import { smallWin } from "./small-win";
import { softCheckin } from "./soft-checkin";
import type { FieldErrors } from "~/validation/field-errors";
import { type HomeworkKind, type KindKey, kindKeys } from "./types";

/**
 * Callers hold payloads as plain records (from a request or a JSONB column). Each kind's summary
 * and metrics are only ever called with a payload its own schema produced, so the erased view is
 * sound as long as callers validate first, as parseEntryPayload does.
 */
function erased<TPayload>(kind: HomeworkKind<TPayload>): HomeworkKind {
  return kind as unknown as HomeworkKind;
}

export const homeworkKinds: Record<KindKey, HomeworkKind> = {
  micro_hurt: erased(microHurt),
  cycle_map: erased(cycleMap),
  repair_script: erased(repairScript),
  bid: erased(bid),
  soft_checkin: erased(softCheckin),
  csi4: erased(csi4),
  connection_moment: erased(connectionMoment),
  ritual_tracker: erased(ritualTracker),
  small_win: erased(smallWin),
  reflection: erased(reflection),
};

export function isKindKey(value: unknown): value is KindKey {
  return typeof value === "string" && (kindKeys as readonly string[]).includes(value);
}

export function getKind(key: KindKey): HomeworkKind {
  return homeworkKinds[key];
}

interface PayloadErrors {
  /** Problems with the entry as a whole (unknown kind, old version, unknown fields). */
  formErrors: string[];
  /** Messages by field name, as the form shows them beside each field. */
  fieldErrors: FieldErrors;
}

export type ParsedEntryPayload =
  { success: true; data: Record<string, unknown> } | { success: false; error: PayloadErrors };

const failure = (message: string): ParsedEntryPayload => ({
  success: false,
  error: { formErrors: [message], fieldErrors: {} },
});

/** Validate a submitted payload against the kind and schema version it claims. */
export function parseEntryPayload(
  kind: string,
  version: number,
  payload: unknown,
): ParsedEntryPayload {
  if (!isKindKey(kind)) return failure("That kind of homework does not exist.");
  const definition = getKind(kind);
  // A form opened before its kind changed reloads rather than store answers to other questions.
  if (version !== definition.version)
    return failure("This form has been updated since it was opened. Reload it to continue.");
  const parsed = definition.schema.safeParse(payload);
  if (parsed.success) return { success: true, data: parsed.data };
  const flat = z.flattenError(parsed.error);
  return {
    success: false,
    error: {
      formErrors: flat.formErrors,
      fieldErrors: flat.fieldErrors,
    },
  };
}
