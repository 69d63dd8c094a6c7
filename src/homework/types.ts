import type { z } from "zod";
import type { EntryVisibility } from "~/domain/homework";
import type { CoupleItemType, RitualRhythm } from "~/domain/programmes";

/**
 * The shared vocabulary of homework: each kind (micro-hurt log, cycle map, …) is one file
 * exporting a HomeworkKind. Forms render its fields, the server validates with its schema,
 * lists and timelines use its summary and metrics, the PDF reads the same.
 */
export const kindKeys = [
  "micro_hurt",
  "cycle_map",
  "repair_script",
  "bid",
  "soft_checkin",
  "csi4",
  "connection_moment",
  "ritual_tracker",
  "small_win",
  "reflection",
] as const;
export type KindKey = (typeof kindKeys)[number];

export const durationUnits = ["minutes", "hours", "days"] as const;
export type DurationUnit = (typeof durationUnits)[number];

export interface Option {
  value: string;
  label: string;
}

/**
 * Show a field only when another field has one of these values (e.g. "how" only if repaired).
 * For a multi field the condition holds when any chosen value is listed. A field whose controlling
 * field is itself hidden is hidden too. Hidden fields are cleared from the payload on validation.
 */
interface ShowWhen {
  field: string;
  equals: readonly (string | boolean | number)[];
}

interface FieldBase {
  /** Key in the payload. Stable across versions unless the schema version changes. */
  name: string;
  label: string;
  help?: string;
  /** Required whenever the field is shown. */
  required?: boolean;
  showWhen?: ShowWhen;
  /** Validated questionnaire wording (CSI-4): a practice copy may not reword it. */
  lockedWording?: boolean;
}

export type FieldDef =
  | (FieldBase & {
      type: "text";
      multiline?: boolean;
      maxLength: number;
      placeholder?: string;
      /** Run the gentle "you always / you never" check on this field. */
      indictmentHint?: boolean;
    })
  | (FieldBase & {
      type: "choice";
      options: Option[];
      /**
       * Name of the text field (listed in the same section, with a showWhen on this one) that
       * holds the free text when "other" is chosen; a renderer may place it right under this one.
       */
      otherField?: string;
    })
  | (FieldBase & { type: "multi"; options: Option[]; max?: number; otherField?: string })
  | (FieldBase & {
      type: "scale";
      min: number;
      max: number;
      minLabel: string;
      maxLabel: string;
      /** One label per point from min to max, when every point has its own wording (CSI-4). */
      labels?: string[];
    })
  | (FieldBase & { type: "boolean"; trueLabel: string; falseLabel: string })
  | (FieldBase & {
      type: "duration";
      /** Stored as { amount, unit } with the unit the partner chose, never converted on the way in. */
      units: DurationUnit[];
    })
  /** The id of one of the author's own earlier entries of a kind (repair script → micro-hurt). */
  | (FieldBase & { type: "entryRef"; kind: KindKey })
  /**
   * One (or, with `multiple`, several) of the couple's own rituals or small wins (couple_items),
   * stored with its id and label as they were (couple-item-parts.ts); the server checks the ids.
   */
  | (FieldBase & { type: "coupleItem"; itemType: CoupleItemType; multiple: boolean });

export interface Section {
  title?: string;
  intro?: string;
  fields: FieldDef[];
}

/** Numbers and categories later views aggregate; every member optional, a kind fills what it has. */
export interface EntryMetrics {
  category?: string;
  intensity?: number;
  repaired?: boolean;
  /** minutes from the hurt to the repair, only where the partner gave a unit */
  minutesToRepair?: number;
  /** repaired, with a time given as a bare number from before the form asked for a unit */
  repairTimeWithoutUnit?: boolean;
  /** the micro-hurt a repair script is about, when the partner linked one */
  repairsEntryId?: string;
  /** set on the timeline: a hurt counted repaired because a linked repair script landed */
  repairedByScriptId?: string;
  /** did I raise the hurt with my partner */
  raised?: boolean;
  /** option value of the story I told myself ("other" for my own words) */
  story?: string;
  role?: "pursue" | "withdraw";
  /** the cycle map's "and my partner?": their move as the author saw it */
  partnerRole?: "pursue" | "withdraw";
  bidDirection?: "made" | "received";
  bidResponse?: "toward" | "away" | "against";
  /** CSI-4 total, 0–21 */
  score?: number;
  /** how close I felt, 0–10 (repair scripts: now; connection moments: after the moment) */
  closeness?: number;
  landed?: boolean;
  /**
   * A positive moment its author counts as turning toward each other (a connection moment).
   * Counted beside, never inside, the share of bids turned toward, which stays a share of bids.
   */
  turnedToward?: boolean;
  /** the connection moment's option value: which ritual or bid it was ("other" for own words) */
  connection?: string;
  /** the ritual tracker: the day ticked, "YYYY-MM-DD" in the partner's zone, and what was done */
  ritualDay?: string;
  ritualsDone?: { id: string; label: string; rhythm: RitualRhythm }[];
  /** the small win a step was logged towards */
  smallWin?: { id: string; label: string };
  reflectionStage?: "start" | "review";
}

export interface HomeworkKind<TPayload = Record<string, unknown>> {
  key: KindKey;
  /** Schema version of the payload; an entry stores the version it was written with. */
  version: number;
  title: string;
  /** Default instructions shown above the form; a practice copy may reword them. */
  instructions: string;
  /** Logs ask when it happened; check-ins are about "now". */
  asksWhen: boolean;
  /**
   * Set on a kind that is never shown to the other partner, whatever they ask: the reason, in the
   * partner's words, shown where sharing would be offered and when sharing is refused.
   */
  neverShared?: string;
  /**
   * How a new entry starts out when its author has not said (the form's box, the server's default):
   * "shared" for joint work (small wins). Absent: private. The author can still change it.
   */
  defaultVisibility?: EntryVisibility;
  schema: z.ZodType<TPayload>;
  sections: Section[];
  /** One line for lists and timelines, in the app only (never in email, URLs or logs). */
  summary: (payload: TPayload) => string;
  metrics: (payload: TPayload) => EntryMetrics;
  /** A line said back to the author under their answers (the cycle map's loop), or null. */
  reflection?: (payload: TPayload) => string | null;
  /**
   * Readers for payloads stored under earlier versions, by version: each reads the stored answers
   * into this version's shape for display and numbers; the stored row is never rewritten.
   */
  earlier?: Readonly<Record<number, z.ZodType<TPayload>>>;
  /**
   * Answers the author may give again after sending (was it repaired, did it land): the fields,
   * as the update form asks them, and the schema of one update. Absent: the kind takes no updates.
   */
  later?: {
    /** the button and heading that offer it: "Update whether it was repaired" */
    label: string;
    fields: readonly string[];
    sections: Section[];
    schema: z.ZodType<Partial<TPayload>>;
    /** The fields an update written under an earlier version covers, where they were fewer. */
    earlierFields?: Readonly<Record<number, readonly string[]>>;
  };
  /**
   * A quick form of a few questions that fits one phone screen, valid under `schema` on its own;
   * its author adds the rest later through `later` (which must then cover every other field).
   */
  quick?: {
    sections: Section[];
    /** how the rest is offered on a quick entry: "Add the rest", and the questions asked */
    complete: { label: string; sections: Section[] };
  };
}
