import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { safetyContactMethods, safetyFlagSources, safetyOutcomes } from "~/domain/safety";
import { users } from "./auth";
import { coupleRef, coupleReference, partnerReference } from "./couples";
import { entries } from "./homework";
import { practiceRef, samePracticeReference, tenantId, tenantPrimaryKey } from "./practices";

export const safetyFlagSourceEnum = pgEnum("safety_flag_source", safetyFlagSources);
export const safetyContactMethodEnum = pgEnum("safety_contact_method", safetyContactMethods);
export const safetyOutcomeEnum = pgEnum("safety_outcome", safetyOutcomes);

/**
 * A partner saying they do not feel safe: from a ticked box in a form (`entryId`) or the
 * "I need help" button. Open until a therapist closes it with how the partner was contacted, the
 * outcome and a note — the couple's safety log.
 */
export const safetyFlags = pgTable(
  "safety_flags",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    partnerId: uuid().notNull(),
    source: safetyFlagSourceEnum().notNull(),
    /** The flagged entry, when the flag came from a form. */
    entryId: uuid(),
    /** Made by the device for the help button: a retried press raises one flag. */
    idempotencyKey: uuid(),
    raisedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
    closedByUserId: text().references(() => users.id),
    contactMethod: safetyContactMethodEnum(),
    outcome: safetyOutcomeEnum(),
    /** The therapist's follow-up note: clinical, shown in the app and the audit subject only. */
    note: text(),
  },
  (t) => [
    tenantPrimaryKey("safety_flags", t),
    coupleReference("safety_flags", t),
    partnerReference("safety_flags", t.practiceId, t.partnerId),
    samePracticeReference(
      "safety_flags_entry_id_fk",
      { practiceId: t.practiceId, column: t.entryId },
      entries,
    ),
    unique().on(t.entryId, t.practiceId),
    index().on(t.practiceId),
    index().on(t.coupleId, t.raisedAt),
    index("safety_flags_open_index")
      .on(t.practiceId, t.coupleId)
      .where(sql`${t.closedAt} is null`),
    unique().on(t.partnerId, t.idempotencyKey, t.practiceId),
  ],
);

export type SafetyFlag = typeof safetyFlags.$inferSelect;
