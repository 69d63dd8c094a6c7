import { relations } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { coupleStatuses } from "~/domain/couple";
import {
  memberships,
  practiceRef,
  samePracticeReference,
  tenantId,
  tenantPrimaryKey,
} from "./practices";

export const coupleStatusEnum = pgEnum("couple_status", coupleStatuses);

export const couples = pgTable(
  "couples",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    label: text().notNull(),
    status: coupleStatusEnum().notNull().default("active"),
    // The treating therapist must be a member of the same practice: enforced by the composite key.
    therapistUserId: text().notNull(),
    timeZone: text().notNull(),
    lastActivityAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("couples", t),
    index().on(t.practiceId, t.status),
    index().on(t.practiceId, t.therapistUserId),
    index("couples_label_trgm_index").using("gin", t.label.op("gin_trgm_ops")),
    foreignKey({
      columns: [t.practiceId, t.therapistUserId],
      foreignColumns: [memberships.practiceId, memberships.userId],
    }),
  ],
);

/** A row that belongs to one couple; the table adds `coupleReference` to its keys. */
export const coupleRef = () => uuid().notNull();

/** FOREIGN KEY (practice_id, couple_id) REFERENCES couples (practice_id, id). */
export const coupleReference = (
  table: string,
  t: { practiceId: AnyPgColumn; coupleId: AnyPgColumn },
) =>
  samePracticeReference(
    `${table}_couple_id_fk`,
    { practiceId: t.practiceId, column: t.coupleId },
    couples,
  );

/** FOREIGN KEY (practice_id, <column>) REFERENCES partners (practice_id, id). */
export const partnerReference = (
  table: string,
  practiceId: AnyPgColumn,
  column: AnyPgColumn,
  name = "partner_id",
) => samePracticeReference(`${table}_${name}_fk`, { practiceId, column }, partners);

export const partners = pgTable(
  "partners",
  {
    id: tenantId(),
    practiceId: practiceRef(),
    coupleId: coupleRef(),
    position: smallint().notNull(),
    displayName: text().notNull(),
    email: text(),
    timeZone: text().notNull(),
    /** Set by the unsubscribe link in a reminder; reminders stop, homework stays. */
    remindersOffAt: timestamp({ withTimezone: true }),
    lastRemindedAt: timestamp({ withTimezone: true }),
    /**
     * Set when a therapist revokes the partner's links: no link is minted for them (queued emails,
     * reminders, "email me a link") until a therapist issues one again.
     */
    linksPausedAt: timestamp({ withTimezone: true }),
    /** The partner's own choice of discreet emails; null: the practice's setting. */
    discreetEmails: boolean(),
    /** Optional, given by the partner: shown to the treating therapist beside a safety flag. */
    phone: text(),
    emergencyContact: text(),
    /** The consent text version the partner accepted at first opening (0: the built-in text); null: not yet. */
    consentVersion: integer(),
    consentAcceptedAt: timestamp({ withTimezone: true }),
    /** Set once the partner has seen the home page's "who reads what" introduction: shown once. */
    homeIntroSeenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantPrimaryKey("partners", t),
    coupleReference("partners", t),
    index().on(t.practiceId),
    index().on(t.practiceId, t.email),
    index("partners_display_name_trgm_index").using("gin", t.displayName.op("gin_trgm_ops")),
    unique().on(t.coupleId, t.position, t.practiceId),
    check("partners_position_check", sql`${t.position} in (1, 2)`),
  ],
);

export const couplesRelations = relations(couples, ({ many }) => ({
  partners: many(partners),
}));

export const partnersRelations = relations(partners, ({ one }) => ({
  couple: one(couples, {
    fields: [partners.practiceId, partners.coupleId],
    references: [couples.practiceId, couples.id],
  }),
}));

export type Couple = typeof couples.$inferSelect;
export type Partner = typeof partners.$inferSelect;
