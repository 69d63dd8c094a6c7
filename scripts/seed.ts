import { createDatabase } from "../src/server/db/client";
import { seedDemo } from "./lib/seed-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. `npm run dev` seeds the embedded database by itself.");
  process.exit(1);
}
const { db, close } = createDatabase(url, { max: 2 });
const { created } = await seedDemo(db);
await close();
console.log(created ? "Demo practice seeded." : "Demo practice already present; nothing changed.");
