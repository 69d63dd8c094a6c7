import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { assignmentStatuses, cadences, entryVisibilities } from "~/domain/homework";
import type { KindKey } from "~/homework/types";
import { users } from "./auth";
import { coupleRef, coupleReference, partnerReference } from "./couples";
import { practiceRef, samePracticeReference, tenantId, tenantPrimaryKey } from "./practices";
import { programmeWeeks } from "./programmes";

/**
 * A practice's own wording of a built-in kind. Each edit is a new row (version + 1) in the same
 * family, so an assignment keeps the exact wording it was given with.
 */
export const homeworkTemplates = pgTable(
  "homework_templates",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    familyId: uuid().notNull(),
    version: integer().notNull(),
    kind: text().$type<KindKey>().notNull(),
    title: text().notNull(),
    instructions: text().notNull(),
    /** field name → { label?, help? } overrides */
    prompts: jsonb()
      .$type<Record<string, { label?: string; help?: string }>>()
      .notNull()
      .default({}),
    archivedAt: timestamp({ withTimezone: true }),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("homework_templates", t),
    index().on(t.practiceId),
    unique().on(t.familyId, t.version, t.practiceId),
  ],
);

export const cadenceEnum = pgEnum("homework_cadence", cadences);
export const assignmentStatusEnum = pgEnum("assignment_status", assignmentStatuses);

export const assignments = pgTable(
  "assignments",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    kind: text().$type<KindKey>().notNull(),
    /** null: the built-in wording of `kind` */
    templateId: uuid(),
    title: text().notNull(),
    /** which partners: 1, 2 or both */
    partnerPositions: smallint().array().notNull(),
    cadence: cadenceEnum().notNull(),
    dueOn: date({ mode: "string" }),
    untilOn: date({ mode: "string" }),
    /** The therapist's short note to the couple: clinical, shown in the app only. */
    note: text(),
    status: assignmentStatusEnum().notNull().default("active"),
    /** Set when a programme week assigned it (programme_weeks.id); null: assigned by hand. */
    programmeWeekId: uuid(),
    assignedByUserId: text()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("assignments", t),
    coupleReference("assignments", t),
    samePracticeReference(
      "assignments_template_id_fk",
      { practiceId: t.practiceId, column: t.templateId },
      homeworkTemplates,
    ),
    samePracticeReference(
      "assignments_programme_week_id_fk",
      { practiceId: t.practiceId, column: t.programmeWeekId },
      programmeWeeks,
    ),
    index().on(t.practiceId),
    index().on(t.coupleId, t.status),
    index().on(t.programmeWeekId),
  ],
);

export const visibilityEnum = pgEnum("entry_visibility", entryVisibilities);

export const entries = pgTable(
  "entries",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    partnerId: uuid().notNull(),
    assignmentId: uuid(),
    kind: text().$type<KindKey>().notNull(),
    schemaVersion: integer().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    visibility: visibilityEnum().notNull().default("private"),
    sharedAt: timestamp({ withTimezone: true }),
    safetyFlag: boolean().notNull().default(false),
    /** Saved from the quick form (what happened, category, intensity): the partner can add the rest later. */
    quick: boolean().notNull().default(false),
    /** Made by the device when the draft starts: a retried submit finds the same entry. */
    idempotencyKey: uuid().notNull(),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedByUserId: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("entries", t),
    coupleReference("entries", t),
    partnerReference("entries", t.practiceId, t.partnerId),
    samePracticeReference(
      "entries_assignment_id_fk",
      { practiceId: t.practiceId, column: t.assignmentId },
      assignments,
    ),
    unique().on(t.partnerId, t.idempotencyKey, t.practiceId),
    index().on(t.practiceId),
    index().on(t.coupleId, t.occurredAt),
    index().on(t.partnerId, t.occurredAt),
    index()
      .on(t.coupleId)
      .where(sql`${t.reviewedAt} is null`),
    index().on(t.assignmentId),
  ],
);

export type HomeworkTemplate = typeof homeworkTemplates.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type Entry = typeof entries.$inferSelect;

/**
 * A later word on an entry by its author (a hurt repaired after all, whether a repair landed).
 * The entry keeps what was first written; each update is a new row, the newest wins.
 */
export const entryUpdates = pgTable(
  "entry_updates",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    entryId: uuid().notNull(),
    partnerId: uuid().notNull(),
    schemaVersion: integer().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Made by the device: a retried save makes one update. */
    idempotencyKey: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("entry_updates", t),
    coupleReference("entry_updates", t),
    partnerReference("entry_updates", t.practiceId, t.partnerId),
    samePracticeReference(
      "entry_updates_entry_id_fk",
      { practiceId: t.practiceId, column: t.entryId },
      entries,
    ),
    unique().on(t.partnerId, t.idempotencyKey, t.practiceId),
    index().on(t.practiceId),
    index().on(t.entryId, t.createdAt),
    index().on(t.coupleId),
  ],
);

export type EntryUpdate = typeof entryUpdates.$inferSelect;
