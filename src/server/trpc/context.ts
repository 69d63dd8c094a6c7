import type { Database } from "~/server/db/client";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/** What every procedure sees. Built from the Auth.js session over HTTP, or directly in tests. */
export interface Context {
  db: Database;
  user: SessionUser | null;
}
