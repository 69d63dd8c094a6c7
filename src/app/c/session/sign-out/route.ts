import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "~/server/db";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { clearPartnerCookies } from "~/server/partner-session/partner-cookies";
import { signOutPartner } from "~/server/partner-session/partner-device";
import { PARTNER_COOKIE } from "~/server/partner-session/partner-session";
import { appUrl } from "~/server/urls/app-url";

/**
 * Sign out: the session ends on the server, its cookie goes, and the browser is asked to drop
 * this site's storage (drafts), which also covers a phone with scripts turned off. The device
 * cookie stays, so the partner's own link still signs them in again here.
 */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  if (token) await signOutPartner(getDb(), token, "sign_out");
  const response = NextResponse.redirect(appUrl("/c/signed-out"), 303);
  clearPartnerCookies(response, { device: false });
  response.headers.set("Clear-Site-Data", '"storage"');
  return response;
}
