import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "~/server/db";
import { seeOther } from "~/server/http/see-other";
import { dismissHomeIntro } from "~/server/partner-home/partner-home";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { hideHomeScreenTip } from "~/server/partner-session/partner-cookies";
import { PARTNER_COOKIE, partnerForSession } from "~/server/partner-session/partner-session";

/**
 * "Got it" on the home page's notes, as a plain form: the "who reads what" introduction is put
 * away for the partner (stored), the "Add to home screen" tip for this device (a cookie).
 */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const db = getDb();
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  const partner = token ? await partnerForSession(db, token) : null;
  if (!partner) return seeOther("/c/new-link?reason=session");
  if (partner.consentNeeded) return seeOther("/c/consent");
  const what = (await request.formData().catch(() => null))?.get("what");
  if (what === "intro") await dismissHomeIntro(db, partner);
  const response = seeOther("/c");
  if (what === "home-screen") hideHomeScreenTip(response);
  return response;
}
