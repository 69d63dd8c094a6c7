import { coupleStatuses } from "~/domain/couple";
import { assignmentStatuses, cadences, entryVisibilities } from "~/domain/homework";
import { roles } from "~/domain/practice";
import { safetyFlagSources } from "~/domain/safety";

const oneOf = (values: readonly string[]) => values.join(", ");

/**
 * What a practice export holds: one CSV file per table, each column with its SQL and its meaning.
 * This one definition drives the export's queries, its manifest and the columns file inside the
 * zip, so the documentation cannot drift from what is written. `$practice` stands for the
 * practice id (a checked uuid literal; cursors take no bind parameters).
 */
interface ExportColumn {
  name: string;
  sql: string;
  description: string;
}

export interface ExportTable {
  file: string;
  description: string;
  columns: ExportColumn[];
  /** everything after SELECT's list: FROM, WHERE (with `$practice`) and ORDER BY */
  from: string;
}

/** Bumped when a file or column changes meaning, so importers can tell versions apart. */
export const EXPORT_FORMAT_VERSION = 1;

/** ISO 8601 in UTC, whatever the session's time zone. */
const at = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const col = (name: string, description: string, sql = `${name}::text`): ExportColumn => ({
  name,
  sql,
  description,
});
const time = (name: string, description: string, column = name) =>
  col(name, `${description} (ISO 8601, UTC)`, at(column));

const id = col("id", "Identifier of the row (referred to by other files' *_id columns)");
const couple = col("couple_id", "The couple (couples.csv id)");
const partner = col("partner_id", "The partner (partners.csv id)");
const createdAt = time("created_at", "When the row was created");

export const exportTables: ExportTable[] = [
  {
    file: "members.csv",
    description: "Staff who are members of the practice, with their profile",
    columns: [
      col("user_id", "The staff member (referred to by *_user_id columns)", "u.id"),
      col("name", "Display name", "u.name"),
      col("email", "Sign-in address", "u.email"),
      col("credentials", "Credentials they gave", "u.credentials"),
      col("pronouns", "Pronouns they gave", "u.pronouns"),
      col("role", oneOf(roles), "m.role::text"),
      col("away_from", "First day away (YYYY-MM-DD)", "m.away_from::text"),
      col("away_until", "Last day away (YYYY-MM-DD)", "m.away_until::text"),
      time("joined_at", "When they joined the practice", "m.created_at"),
    ],
    from: "memberships m join users u on u.id = m.user_id where m.practice_id = $practice order by m.created_at, m.id",
  },
  {
    file: "couples.csv",
    description: "Couples in the practice",
    columns: [
      id,
      col("label", "The couple's name as shown in the caseload"),
      col("status", oneOf(coupleStatuses)),
      col("therapist_user_id", "Treating therapist (members.csv user_id)"),
      col("time_zone", "IANA time zone of the couple"),
      time("last_activity_at", "Latest partner activity"),
      createdAt,
      time("updated_at", "Last change"),
    ],
    from: "couples where practice_id = $practice order by created_at, id",
  },
  {
    file: "partners.csv",
    description: "The two partners of each couple",
    columns: [
      id,
      couple,
      col("position", "1 or 2"),
      col("display_name", "Name as the practice wrote it"),
      col("email", "Email address, if given"),
      col("phone", "Phone number the partner gave, if any"),
      col("emergency_contact", "Emergency contact the partner gave, if any"),
      col("time_zone", "IANA time zone"),
      time("reminders_off_at", "When the partner turned reminders off"),
      time("links_paused_at", "When a therapist revoked their links"),
      col("discreet_emails", "The partner's own discreet-email choice (empty: the practice's)"),
      col("consent_version", "Consent text version accepted (0: the built-in text)"),
      time("consent_accepted_at", "When they accepted it"),
      createdAt,
    ],
    from: "partners where practice_id = $practice order by couple_id, position",
  },
  {
    file: "consent_texts.csv",
    description: "The practice's own consent text versions",
    columns: [
      col("version", "Version number"),
      col("body", "The text"),
      col("created_by_user_id", "Who wrote it (members.csv user_id)"),
      createdAt,
    ],
    from: "consent_texts where practice_id = $practice order by version",
  },
  {
    file: "homework_templates.csv",
    description: "The practice's own wording of homework kinds, one row per version",
    columns: [
      id,
      col("family_id", "Versions of one template share this"),
      col("version", "Version within the family"),
      col("kind", "Homework kind"),
      col("title", "Title"),
      col("instructions", "Instructions"),
      col("prompts", "Per-field label and help overrides (JSON)"),
      time("archived_at", "When it was archived"),
      col("created_by_user_id", "Author (members.csv user_id)"),
      createdAt,
    ],
    from: "homework_templates where practice_id = $practice order by family_id, version",
  },
  {
    file: "assignments.csv",
    description: "Homework assigned to couples",
    columns: [
      id,
      couple,
      col("kind", "Homework kind"),
      col("template_id", "Wording used (homework_templates.csv id; empty: built-in)"),
      col("title", "Title"),
      col(
        "partner_positions",
        "Which partners, e.g. 1;2",
        "array_to_string(partner_positions, ';')",
      ),
      col("cadence", oneOf(cadences)),
      col("due_on", "Due date (YYYY-MM-DD)"),
      col("until_on", "Repeats until (YYYY-MM-DD)"),
      col("note", "The therapist's note to the couple"),
      col("status", oneOf(assignmentStatuses)),
      col("assigned_by_user_id", "Who assigned it (members.csv user_id)"),
      createdAt,
      time("updated_at", "Last change"),
    ],
    from: "assignments where practice_id = $practice order by id",
  },
  {
    file: "entries.csv",
    description: "What partners wrote: one row per entry, every answer in payload",
    columns: [
      id,
      couple,
      partner,
      col("assignment_id", "The homework it answers (assignments.csv id), if any"),
      col("kind", "Homework kind"),
      col("schema_version", "Version of the kind's form the answers follow"),
      time("occurred_at", "When it happened, as the partner said"),
      col("visibility", oneOf(entryVisibilities)),
      time("shared_at", "When the partner shared it"),
      col("safety_flag", "true when the partner said they did not feel safe"),
      col("quick", "true when saved from the quick form"),
      time("reviewed_at", "When a therapist marked it reviewed"),
      col("reviewed_by_user_id", "Who reviewed it (members.csv user_id)"),
      createdAt,
      col("payload", "Every answer, as JSON (see entry_answers.csv for the simple ones)"),
    ],
    from: "entries where practice_id = $practice order by id",
  },
  {
    file: "entry_answers.csv",
    description:
      "Entries' simple answers flattened, one row per answer (text, number, yes/no or a list of those); nested answers stay in entries.csv payload",
    columns: [
      col("entry_id", "The entry (entries.csv id)", "e.id::text"),
      col("field", "The form field", "kv.key"),
      col(
        "value",
        "The answer; a list is joined with '; '",
        `case jsonb_typeof(kv.value) when 'array' then (select string_agg(x #>> '{}', '; ' order by n) from jsonb_array_elements(kv.value) with ordinality a(x, n)) else kv.value #>> '{}' end`,
      ),
    ],
    from: `entries e cross join lateral jsonb_each(e.payload) kv
      where e.practice_id = $practice and jsonb_typeof(kv.value) in ('string', 'number', 'boolean', 'array')
        and not jsonb_path_exists(kv.value, '$[*] ? (@.type() == "object" || @.type() == "array")')
      order by e.id, kv.key`,
  },
  {
    file: "entry_updates.csv",
    description: "Later words partners added to their entries; the newest wins",
    columns: [
      id,
      col("entry_id", "The entry (entries.csv id)"),
      couple,
      partner,
      col("schema_version", "Version of the update form"),
      col("payload", "The update's answers, as JSON"),
      createdAt,
    ],
    from: "entry_updates where practice_id = $practice order by id",
  },
  {
    file: "therapy_sessions.csv",
    description: "Sessions held with couples and the therapist's notes",
    columns: [
      id,
      couple,
      col("session_on", "Session date (YYYY-MM-DD, the couple's calendar)"),
      col("notes", "The therapist's notes"),
      col("created_by_user_id", "Who recorded it (members.csv user_id)"),
      createdAt,
      time("updated_at", "Last change"),
    ],
    from: "session_notes where practice_id = $practice order by couple_id, session_on",
  },
  {
    file: "safety_flags.csv",
    description: "Times a partner said they did not feel safe, and how each was followed up",
    columns: [
      id,
      couple,
      partner,
      col(
        "source",
        `${oneOf(safetyFlagSources)} (a ticked box in a form, or the “I need help” button)`,
      ),
      col("entry_id", "The flagged entry (entries.csv id), for a form"),
      time("raised_at", "When it was raised"),
      time("closed_at", "When a therapist closed it"),
      col("closed_by_user_id", "Who closed it (members.csv user_id)"),
      col("contact_method", "How the partner was contacted"),
      col("outcome", "The outcome"),
      col("note", "The therapist's follow-up note"),
    ],
    from: "safety_flags where practice_id = $practice order by raised_at, id",
  },
  {
    file: "audit_events.csv",
    description: "The practice's audit trail (append-only)",
    columns: [
      col("id", "Sequence number"),
      col("actor_user_id", "Who did it (members.csv user_id; empty: a partner or the system)"),
      col("action", "What was done, e.g. entry.viewed"),
      col("subject_type", "What it was done to"),
      col("subject_id", "Its id"),
      col("couple_id", "The couple it concerns, if any"),
      col("details", "Identifiers and changed fields, as JSON"),
      createdAt,
    ],
    from: "audit_events where practice_id = $practice order by id",
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The SELECT for one table of one practice. */
export function exportQuery(table: ExportTable, practiceId: string): string {
  if (!UUID.test(practiceId)) throw new Error("practice id must be a uuid");
  const list = table.columns.map((c) => `${c.sql} as "${c.name}"`).join(", ");
  return `select ${list} from ${table.from.replaceAll("$practice", `'${practiceId}'::uuid`)}`;
}

/** The columns file inside the zip, written from the definitions above. */
export function columnsDocument(): string {
  const lines = [
    "# What is in this export",
    "",
    "One CSV file per table (UTF-8, a header row, RFC 4180 quoting). An empty cell means",
    "no value. Times are ISO 8601 in UTC; dates are YYYY-MM-DD. JSON columns hold JSON text.",
    "export.json lists the files, their row counts and these columns again.",
    "A text cell that would start with =, +, -, @, a tab or a carriage return (other than a",
    "number) is written with a leading ' so a spreadsheet shows it as text and never runs it;",
    "entries.csv's payload column keeps every answer exactly, as JSON.",
  ];
  for (const table of exportTables) {
    lines.push("", `## ${table.file}`, "", table.description, "");
    for (const c of table.columns) lines.push(`- ${c.name}: ${c.description}`);
  }
  return `${lines.join("\n")}\n`;
}
