import { date, index, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { coupleRef, coupleReference } from "./couples";
import { practiceRef, tenantId, tenantPrimaryKey } from "./practices";

/**
 * A therapy session the therapist held with a couple, one per date, with their private clinical notes.
 * "Since last session" on the timeline and the prep PDF means since the latest `session_on`.
 */
export const therapySessions = pgTable(
  "session_notes",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    /** a calendar date in the couple's time zone, "2026-11-16" */
    sessionOn: date({ mode: "string" }).notNull(),
    /** The therapist's private notes: clinical, never in logs, email or audit details. */
    notes: text().notNull().default(""),
    createdByUserId: text()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The unique constraint's index on (couple_id, session_on) also serves "latest session" lookups.
  (t) => [
    tenantPrimaryKey("session_notes", t),
    coupleReference("session_notes", t),
    index().on(t.practiceId),
    unique().on(t.coupleId, t.sessionOn, t.practiceId),
  ],
);

export type TherapySession = typeof therapySessions.$inferSelect;
