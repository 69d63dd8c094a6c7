import { createDatabase } from "../src/server/db/client";

/** The database the server under test uses; for checks and changes a person could not make. */
export function e2eDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; run the journeys with `npm run test:e2e`.");
  return createDatabase(url, { max: 2 });
}
