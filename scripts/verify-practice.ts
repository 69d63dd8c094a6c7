import { eq } from "drizzle-orm";
import { createDatabase } from "../src/server/db/client";
import { practices } from "../src/server/db/schema";

/** Mark a practice as verified (lifting the new-practice email cap): `npm run practice:verify -- <practice id>`. */
const practiceId = process.argv[2];
const url = process.env.DATABASE_URL;
if (!url || !practiceId || !/^[0-9a-f-]{36}$/i.test(practiceId)) {
  console.error("Usage: DATABASE_URL=postgres://… npm run practice:verify -- <practice id>");
  process.exit(1);
}
const { db, close } = createDatabase(url, { max: 1 });
try {
  const updated = await db
    .update(practices)
    .set({ verifiedAt: new Date() })
    .where(eq(practices.id, practiceId))
    .returning({ name: practices.name });
  if (updated.length === 0) {
    console.error("No practice has that id.");
    process.exitCode = 1;
  } else {
    console.log(`Verified ${updated[0]!.name}: its email cap is lifted.`);
  }
} finally {
  await close();
}
