import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import { coupleStatuses } from "./couple";
import { assignmentStatuses, cadences, entryVisibilities } from "./homework";
import { pdfPageSizes, roles } from "./practice";
import { partnerDevices, safetyContactMethods, safetyFlagSources, safetyOutcomes } from "./safety";

const db = testDatabase();

/** The values the migrated database accepts for one enum type, in their declared order. */
async function databaseEnum(name: string): Promise<string[]> {
  const result = await db.execute<{ value: string }>(sql`
    select e.enumlabel as value from pg_enum e join pg_type t on t.oid = e.enumtypid
    where t.typname = ${name} order by e.enumsortorder`);
  return result.rows.map((row) => row.value);
}

// Forms offer the domain's values: each must be one the database stores, and no more or fewer.
test.each([
  ["member_role", roles],
  ["pdf_page_size", pdfPageSizes],
  ["couple_status", coupleStatuses],
  ["homework_cadence", cadences],
  ["assignment_status", assignmentStatuses],
  ["entry_visibility", entryVisibilities],
  ["partner_device", partnerDevices],
  ["safety_flag_source", safetyFlagSources],
  ["safety_contact_method", safetyContactMethods],
  ["safety_outcome", safetyOutcomes],
])("the migrations create %s with exactly the domain's values", async (name, values) => {
  expect(await databaseEnum(name)).toEqual([...values]);
});
