import type { FieldErrors } from "~/validation/field-errors";
import { parseEntryPayload } from "./registry";
import type { HomeworkKind } from "./types";

/** The field messages a partner would see for this payload ({} when it is valid). */
export function payloadFieldErrors<T>(kind: HomeworkKind<T>, payload: unknown): FieldErrors {
  const result = parseEntryPayload(kind.key, kind.version, payload);
  return result.success ? {} : result.error.fieldErrors;
}

/** The stored payload for a valid submission; fails the test with the messages otherwise. */
export function storedPayload<T>(kind: HomeworkKind<T>, payload: unknown): Record<string, unknown> {
  const result = parseEntryPayload(kind.key, kind.version, payload);
  if (!result.success) throw new Error(`expected a valid payload: ${JSON.stringify(result.error)}`);
  return result.data;
}
