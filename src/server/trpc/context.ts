import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { Database } from "~/server/db/client";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /**
   * The sign-in session behind this request (HTTP requests always have one). Without it (a
   * caller built in a test), the session cannot be marked as having passed its second factor.
   */
  sessionToken?: string;
}

/** What every procedure sees. Built from the Auth.js session over HTTP, or directly in tests. */
export interface Context {
  db: Database;
  /**
   * Where replica-eligible reads (the timeline) go: the replica, or the primary without one or
   * right after this person wrote (src/server/db/read-routing.ts). Absent: `db`.
   */
  readDb?: Database;
  user: SessionUser | null;
  /** A partner signed in through their personal link (partner pages), if any. */
  partner?: PartnerScope | null;
  /** Who is asking, for rate limits on public procedures (the client's address). */
  requesterKey?: string;
}
