import {
  and,
  desc,
  eq,
  gte,
  inArray as inArrayOf,
  lt,
  lte,
  sql,
  type Placeholder,
  type SQL,
} from "drizzle-orm";
import { preparedQuery } from "~/server/db/prepared";
import { visibleCouplesToMember } from "~/server/couples/visibility";
import type { Database } from "~/server/db/client";
import {
  assignments,
  couples,
  entries,
  memberships,
  partners,
  practices,
  staffMfa,
  therapySessions,
  users,
} from "~/server/db/schema";
import { notFound, SecondFactorRequired } from "~/server/errors";
import type { PracticeScope } from "~/server/practices/scope";
import type { KindKey } from "~/homework/types";

/** A signed-in user asking about a practice: not yet known to be a member of it. */
export interface PracticeMember {
  practiceId: string;
  userId: string;
}

/** A value, or its placeholder in a prepared statement. */
type Bound<T> = T | Placeholder;

const memberPlaceholders = {
  practiceId: sql.placeholder("practiceId"),
  userId: sql.placeholder("userId"),
};

/** The statement behind `timelineCouple`, for it and for the bench's query plans. */
export function timelineCoupleQuery(
  db: Database,
  member: { practiceId: Bound<string>; userId: Bound<string> },
  coupleId: Bound<string>,
  withFirstEntry: boolean,
) {
  const latestSession = sql<string | null>`(
    select max(${therapySessions.sessionOn}) from ${therapySessions}
    where ${therapySessions.coupleId} = ${couples.id} and ${therapySessions.practiceId} = ${couples.practiceId})`;
  // Only "all" needs the first entry; the (couple_id, occurred_at) index answers it.
  const firstEntry = sql<string | Date | null>`(
    select min(${entries.occurredAt}) from ${entries}
    where ${entries.coupleId} = ${couples.id} and ${entries.practiceId} = ${couples.practiceId})`;
  return db
    .select({
      role: memberships.role,
      requireMfa: practices.requireMfa,
      factorConfirmed: sql<boolean>`${staffMfa.confirmedAt} is not null`,
      id: couples.id,
      label: couples.label,
      timeZone: couples.timeZone,
      createdAt: couples.createdAt,
      therapistName: users.name,
      therapistEmail: users.email,
      therapistCredentials: users.credentials,
      csiCutoff: practices.csiCutoff,
      pdfPageSize: practices.pdfPageSize,
      dateStyle: practices.dateStyle,
      latestSessionOn: latestSession,
      firstEntryAt: withFirstEntry ? firstEntry : sql<null>`null`,
    })
    .from(memberships)
    .innerJoin(practices, eq(practices.id, memberships.practiceId))
    .leftJoin(staffMfa, eq(staffMfa.userId, memberships.userId))
    .leftJoin(
      couples,
      and(eq(couples.id, coupleId), visibleCouplesToMember(member, memberships.role)),
    )
    .leftJoin(users, eq(users.id, couples.therapistUserId))
    .where(
      and(eq(memberships.userId, member.userId), eq(memberships.practiceId, member.practiceId)),
    );
}

/**
 * In one statement: the user's membership of the practice (as `practiceProcedure` checks it:
 * NOT_FOUND without one, SecondFactorRequired while the practice's requirement is unmet) and the
 * couple, if that member may see it (NOT_FOUND otherwise), with what the period and the builder
 * need to know.
 */
export async function timelineCouple(
  db: Database,
  member: PracticeMember,
  coupleId: string,
  withFirstEntry: boolean,
) {
  const name = withFirstEntry ? "timeline_couple_first_entry" : "timeline_couple";
  const query = preparedQuery(db, name, () =>
    timelineCoupleQuery(db, memberPlaceholders, sql.placeholder("coupleId"), withFirstEntry),
  );
  const [row] = await query.execute({ ...member, coupleId });
  if (!row) throw notFound("That practice");
  if (row.requireMfa && !row.factorConfirmed) throw new SecondFactorRequired();
  const { role, label, timeZone, createdAt, therapistEmail } = row;
  // The couple's columns are all null when the member may not see it (or there is no such couple).
  if (!row.id || label === null || timeZone === null || !createdAt || therapistEmail === null)
    throw notFound("That couple");
  const couple = {
    id: row.id,
    label,
    timeZone,
    createdAt,
    therapistName: row.therapistName,
    therapistEmail,
    therapistCredentials: row.therapistCredentials,
    csiCutoff: row.csiCutoff,
    pdfPageSize: row.pdfPageSize,
    dateStyle: row.dateStyle,
    latestSessionOn: row.latestSessionOn,
    firstEntryAt: row.firstEntryAt,
  };
  return { scope: { ...member, role } satisfies PracticeScope, couple };
}

export type TimelineCouple = Awaited<ReturnType<typeof timelineCouple>>["couple"];

const ofCouple = {
  practiceId: sql.placeholder("practiceId"),
  coupleId: sql.placeholder("coupleId"),
};

export function couplePartners(db: Database, practiceId: string, coupleId: string) {
  return preparedQuery(db, "couple_partners", () =>
    db
      .select({ id: partners.id, position: partners.position, name: partners.displayName })
      .from(partners)
      .where(
        and(eq(partners.coupleId, ofCouple.coupleId), eq(partners.practiceId, ofCouple.practiceId)),
      ),
  ).execute({ practiceId, coupleId });
}

export function coupleAssignments(
  db: Database,
  practiceId: string,
  coupleId: string,
  kinds: KindKey[] | null,
) {
  const name = kinds ? "couple_assignments_of_kinds" : "couple_assignments";
  return preparedQuery(db, name, () =>
    db
      .select({
        id: assignments.id,
        kind: assignments.kind,
        title: assignments.title,
        partnerPositions: assignments.partnerPositions,
        cadence: assignments.cadence,
        createdAt: assignments.createdAt,
        untilOn: assignments.untilOn,
        status: assignments.status,
      })
      .from(assignments)
      .where(
        and(
          eq(assignments.coupleId, ofCouple.coupleId),
          eq(assignments.practiceId, ofCouple.practiceId),
          kinds ? sql`${assignments.kind} = any(${sql.placeholder("kinds")})` : undefined,
        ),
      ),
  ).execute({ practiceId, coupleId, kinds });
}

/** The couple's recorded session dates between two local dates (both included), for the chart marks. */
export async function coupleSessionDates(
  db: Database,
  practiceId: string,
  coupleId: string,
  range: { first: string; last: string },
): Promise<string[]> {
  const query = preparedQuery(db, "couple_session_dates", () =>
    db
      .select({ sessionOn: therapySessions.sessionOn })
      .from(therapySessions)
      .where(
        and(
          eq(therapySessions.coupleId, ofCouple.coupleId),
          eq(therapySessions.practiceId, ofCouple.practiceId),
          gte(therapySessions.sessionOn, sql.placeholder("first")),
          lte(therapySessions.sessionOn, sql.placeholder("last")),
        ),
      )
      .orderBy(therapySessions.sessionOn),
  );
  const rows = await query.execute({ practiceId, coupleId, ...range });
  return rows.map((row) => row.sessionOn);
}

export interface EntryWindow {
  practiceId: string;
  coupleId: string;
  from: Date;
  to: Date;
  kinds: KindKey[] | null;
  positions: (1 | 2)[] | null;
}

const entryColumns = {
  id: entries.id,
  kind: entries.kind,
  schemaVersion: entries.schemaVersion,
  partnerId: entries.partnerId,
  occurredAt: entries.occurredAt,
  visibility: entries.visibility,
  safetyFlag: entries.safetyFlag,
  quick: entries.quick,
  payload: entries.payload,
  assignmentId: entries.assignmentId,
};

/** Which optional filters an entries statement has: each shape is prepared once. */
interface EntryShape {
  kinds: boolean;
  positions: boolean;
  /** the partners whose last CSI-4 before the window is read with it */
  csiPositions: (1 | 2)[];
}

/**
 * The statement behind `entriesInWindow`, with placeholders for the couple, the window and the
 * filters: `practiceId`, `coupleId`, `from`, `to`, `kinds`, `positions`.
 */
export function entriesQuery(db: Database, shape: EntryShape) {
  const { coupleId, practiceId } = ofCouple;
  const ofCoupleEntries = and(eq(entries.coupleId, coupleId), eq(entries.practiceId, practiceId));
  const from = sql.placeholder("from");
  const partnerAt = (position: number): SQL =>
    sql`(select ${partners.id} from ${partners} where ${partners.coupleId} = ${coupleId} and ${partners.position} = ${position})`;
  const ofPartners = shape.positions
    ? inArrayOf(
        entries.partnerId,
        db
          .select({ id: partners.id })
          .from(partners)
          .where(
            and(
              eq(partners.coupleId, coupleId),
              sql`${partners.position} = any(${sql.placeholder("positions")})`,
            ),
          ),
      )
    : undefined;
  const inWindow = db
    .select(entryColumns)
    .from(entries)
    .where(
      and(
        ofCoupleEntries,
        gte(entries.occurredAt, from),
        lt(entries.occurredAt, sql.placeholder("to")),
        shape.kinds ? sql`${entries.kind} = any(${sql.placeholder("kinds")})` : undefined,
        ofPartners,
      ),
    );
  const lastCsiBefore = (position: number) =>
    db
      .select(entryColumns)
      .from(entries)
      .where(
        and(
          ofCoupleEntries,
          eq(entries.partnerId, partnerAt(position)),
          eq(entries.kind, "csi4"),
          lt(entries.occurredAt, from),
        ),
      )
      .orderBy(desc(entries.occurredAt))
      .limit(1);
  const [first, second] = shape.csiPositions.map(lastCsiBefore);
  if (first && second) return inWindow.unionAll(first).unionAll(second);
  return first ? inWindow.unionAll(first) : inWindow;
}

/**
 * The couple's entries in [from, to) on (couple_id, occurred_at), in one statement with each
 * shown partner's last CSI-4 before `from`: a CSI-4 change is measured against the previous
 * score however old it is.
 */
export function entriesInWindow(db: Database, w: EntryWindow) {
  const csiPositions = w.kinds && !w.kinds.includes("csi4") ? [] : (w.positions ?? [1, 2]);
  const shape = { kinds: w.kinds !== null, positions: w.positions !== null, csiPositions };
  const name = `couple_entries_${shape.kinds ? "k" : ""}${shape.positions ? "p" : ""}_${csiPositions.join("")}`;
  const query = preparedQuery(db, name, () => entriesQuery(db, shape));
  const { practiceId, coupleId, from, to, kinds, positions } = w;
  return query.execute({ practiceId, coupleId, from, to, kinds, positions });
}
