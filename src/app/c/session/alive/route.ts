import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "~/server/db";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { PARTNER_COOKIE, partnerForSession } from "~/server/partner-session/partner-session";

/**
 * "Still here": a partner typing a long answer on a shared device makes no requests, so the
 * page says so now and then and the idle clock restarts. 204 while the session lives, else 401.
 */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) return new NextResponse(null, { status: 403 });
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  const partner = token ? await partnerForSession(getDb(), token) : null;
  return new NextResponse(null, { status: partner ? 204 : 401 });
}
