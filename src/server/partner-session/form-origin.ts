import type { NextRequest } from "next/server";
import { env } from "~/env";

/**
 * Whether a form was posted from Attune's own pages. Browsers say so in Sec-Fetch-Site even
 * where the page's no-referrer policy turns Origin into "null"; without it, Origin must match.
 * Partner forms that sign in, sign out or change a session accept nothing else: a page
 * elsewhere could otherwise act for a visitor.
 */
export function postedFromAttune(request: NextRequest): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  return origin === null || origin === "null" || origin === new URL(env.APP_URL).origin;
}
