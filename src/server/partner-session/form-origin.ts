import type { NextRequest } from "next/server";
import { env } from "~/env";
import { postedFromAttune as postedFrom } from "~/server/http/same-origin-form";

/**
 * Whether a partner form was posted from Attune's own pages (see `postedFromAttune` in
 * src/server/http). Partner forms that sign in, sign out or change a session accept nothing else.
 */
export function postedFromAttune(request: NextRequest): boolean {
  return postedFrom(request.headers, new URL(env.APP_URL).origin);
}
