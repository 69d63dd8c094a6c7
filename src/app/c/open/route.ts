import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "~/server/db";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { setDeviceCookie, setPartnerCookie } from "~/server/partner-session/partner-cookies";
import {
  DEVICE_COOKIE,
  PARTNER_COOKIE,
  openPartnerLink,
} from "~/server/partner-session/partner-session";
import { generateToken, isLinkTokenShaped } from "~/server/tokens";
import { seeOther } from "~/server/http/see-other";

/**
 * The personal link's button: swap the token for a partner session cookie (the link is used up,
 * except on this device) and go on to /c, which asks whose device this is. Only a form on Attune's own origin may
 * post here: a page elsewhere could otherwise sign a visitor in as a partner of its choosing.
 */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  if (typeof token !== "string" || !isLinkTokenShaped(token)) {
    return seeOther("/c/new-link?reason=unknown");
  }
  const knownDevice = request.cookies.get(DEVICE_COOKIE)?.value;
  const deviceCookie =
    knownDevice && isLinkTokenShaped(knownDevice) ? knownDevice : generateToken();
  const opened = await openPartnerLink(getDb(), token, {
    deviceSession: request.cookies.get(PARTNER_COOKIE)?.value ?? null,
    replace: form?.get("replace") === "1",
    deviceCookie,
  });
  if (opened.ok === false) return seeOther(`/c/new-link?reason=${opened.reason}`);
  if (opened.ok === "confirm") return seeOther(`/c/l/${token}`);
  if (opened.ok === "continue") return seeOther("/c");
  // The home page asks whose device this is until the partner answers.
  const response = seeOther("/c");
  // Until the partner answers, the device counts as shared: the cookie dies with the browser.
  setPartnerCookie(response, opened.sessionToken);
  if (deviceCookie !== knownDevice) setDeviceCookie(response, deviceCookie);
  return response;
}
