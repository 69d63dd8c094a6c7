import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "~/server/db";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { PARTNER_COOKIE, partnerForSession } from "~/server/partner-session/partner-session";
import { raiseHelpFlag } from "~/server/safety/raise-flag";
import { appUrl } from "~/server/urls/app-url";

const key = z.uuid();

/**
 * "Tell my therapist I need help" on a phone without scripts: the same alert as the button's
 * procedure (same key, so a resend is one alert), then back to the help page, which confirms it.
 */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const db = getDb();
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  const partner = token ? await partnerForSession(db, token) : null;
  if (!partner) return NextResponse.redirect(appUrl("/c/new-link?reason=session"), 303);
  const parsed = key.safeParse((await request.formData().catch(() => null))?.get("idempotencyKey"));
  if (!parsed.success) return NextResponse.redirect(appUrl("/c/help"), 303);
  await raiseHelpFlag(db, partner, parsed.data);
  return NextResponse.redirect(appUrl(`/c/help?sent=${parsed.data}`), 303);
}
