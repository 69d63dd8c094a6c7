import { NextResponse, type NextRequest } from "next/server";
import { partnerDevices, type PartnerDevice } from "~/domain/safety";
import { getDb } from "~/server/db";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { setPartnerCookie } from "~/server/partner-session/partner-cookies";
import { choosePartnerDevice } from "~/server/partner-session/partner-device";
import {
  DEVICE_COOKIE,
  PARTNER_COOKIE,
  partnerForSession,
} from "~/server/partner-session/partner-session";
import { appUrl } from "~/server/urls/app-url";

/** The answer to "Is this your own device?": sets how long the session and its cookie last. */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  // Asked on the home page, after the consent text: until it is accepted, that comes first.
  const partner = token ? await partnerForSession(getDb(), token) : null;
  if (partner?.consentNeeded) return NextResponse.redirect(appUrl("/c/consent"), 303);
  const answer = (await request.formData().catch(() => null))?.get("device");
  const device: PartnerDevice = partnerDevices.find((d) => d === answer) ?? "shared";
  const deviceCookie = request.cookies.get(DEVICE_COOKIE)?.value ?? null;
  const chosen = token ? await choosePartnerDevice(getDb(), token, device, deviceCookie) : null;
  if (!token || !chosen) {
    return NextResponse.redirect(appUrl("/c/new-link?reason=session"), 303);
  }
  const response = NextResponse.redirect(appUrl("/c"), 303);
  setPartnerCookie(response, token, device === "own" ? chosen.expiresAt : undefined);
  return response;
}
