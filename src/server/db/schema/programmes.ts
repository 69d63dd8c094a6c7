import { sql } from "drizzle-orm";
import {
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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  coupleItemTypes,
  type ProgrammeWeekPlan,
  programmeStatuses,
  programmeWeekStatuses,
  ritualRhythms,
} from "~/domain/programmes";
import { users } from "./auth";
import { coupleRef, coupleReference, partnerReference } from "./couples";
import { practiceRef, samePracticeReference, tenantId, tenantPrimaryKey } from "./practices";

/**
 * A practice's own programme, copied from the built-in plan or another programme. Each edit is a
 * new row (version + 1) in the same family; a running programme keeps the weeks it started with.
 */
export const programmeTemplates = pgTable(
  "programme_templates",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    familyId: uuid().notNull(),
    version: integer().notNull(),
    title: text().notNull(),
    /** one line for the therapist: what the plan is for */
    summary: text().notNull().default(""),
    weeks: jsonb().$type<ProgrammeWeekPlan[]>().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdByUserId: text().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("programme_templates", t),
    index().on(t.practiceId),
    unique().on(t.familyId, t.version, t.practiceId),
  ],
);

export const programmeStatusEnum = pgEnum("programme_status", programmeStatuses);
export const programmeWeekStatusEnum = pgEnum("programme_week_status", programmeWeekStatuses);

/** A programme a therapist started for a couple, with the weeks copied in as they were then. */
export const programmeRuns = pgTable(
  "programme_runs",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    /** null: a built-in programme, named by builtinKey */
    templateId: uuid(),
    builtinKey: text(),
    templateVersion: integer().notNull(),
    title: text().notNull(),
    weeks: jsonb().$type<ProgrammeWeekPlan[]>().notNull(),
    /** the first day of week 1, in the couple's time zone */
    startsOn: date({ mode: "string" }).notNull(),
    status: programmeStatusEnum().notNull().default("active"),
    pausedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    startedByUserId: text()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("programme_runs", t),
    coupleReference("programme_runs", t),
    samePracticeReference(
      "programme_runs_template_id_fk",
      { practiceId: t.practiceId, column: t.templateId },
      programmeTemplates,
    ),
    index().on(t.practiceId),
    index().on(t.coupleId),
    // One programme at a time per couple.
    uniqueIndex("programme_runs_one_running_per_couple")
      .on(t.coupleId, t.practiceId)
      .where(sql`${t.status} in ('active', 'paused')`),
  ],
);

/**
 * One week of a running programme. Its dates move when the therapist pauses, extends or skips; the
 * worker assigns its homework once, when startsOn arrives in the couple's zone, and records it here
 * in the same transaction, so a week is never assigned twice.
 */
export const programmeWeeks = pgTable(
  "programme_weeks",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    runId: uuid().notNull(),
    /** 1-based position in the run's weeks */
    weekNumber: smallint().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    /** the last day of the week, inclusive (seven days after startsOn unless extended) */
    endsOn: date({ mode: "string" }).notNull(),
    status: programmeWeekStatusEnum().notNull().default("scheduled"),
    assignedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("programme_weeks", t),
    coupleReference("programme_weeks", t),
    samePracticeReference(
      "programme_weeks_run_id_fk",
      { practiceId: t.practiceId, column: t.runId },
      programmeRuns,
    ),
    unique().on(t.runId, t.weekNumber, t.practiceId),
    index().on(t.practiceId),
    index().on(t.coupleId),
    index()
      .on(t.startsOn)
      .where(sql`${t.status} = 'scheduled'`),
  ],
);

export const coupleItemTypeEnum = pgEnum("couple_item_type", coupleItemTypes);
export const ritualRhythmEnum = pgEnum("ritual_rhythm", ritualRhythms);

/**
 * A couple's chosen rituals (checked off in the ritual tracker) and small wins (worked towards in
 * the small-wins log), set in session by the therapist or by the couple. Clinical text: app only.
 */
export const coupleItems = pgTable(
  "couple_items",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    type: coupleItemTypeEnum().notNull(),
    label: text().notNull(),
    /** rituals only: how often it is meant to happen */
    rhythm: ritualRhythmEnum(),
    createdByUserId: text().references(() => users.id),
    createdByPartnerId: uuid(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("couple_items", t),
    coupleReference("couple_items", t),
    partnerReference("couple_items", t.practiceId, t.createdByPartnerId, "created_by_partner_id"),
    index().on(t.practiceId),
    index().on(t.coupleId, t.type),
  ],
);

export type ProgrammeTemplate = typeof programmeTemplates.$inferSelect;
export type ProgrammeRun = typeof programmeRuns.$inferSelect;
export type ProgrammeWeek = typeof programmeWeeks.$inferSelect;
export type CoupleItem = typeof coupleItems.$inferSelect;
