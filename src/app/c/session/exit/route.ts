import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { getDb } from "~/server/db";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { clearPartnerCookies } from "~/server/partner-session/partner-cookies";
import { signOutPartner } from "~/server/partner-session/partner-device";
import { PARTNER_COOKIE } from "~/server/partner-session/partner-session";

/**
 * Quick exit: end the session, forget this device (the link will not sign in here again) and
 * drop the site's storage. The page's script calls this and leaves at once; without scripts the
 * form lands here and a refresh takes the browser to the neutral site (a redirect would be held
 * back by the form-action policy).
 */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  if (token) await signOutPartner(getDb(), token, "quick_exit");
  const navigating = request.headers.get("sec-fetch-mode") === "navigate";
  const target = env.QUICK_EXIT_URL;
  const response = navigating
    ? new NextResponse(
        `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${escapeAttribute(target)}"><title>Leaving</title><a href="${escapeAttribute(target)}">Continue</a>`,
        { headers: { "Content-Type": "text/html; charset=utf-8" } },
      )
    : new NextResponse(null, { status: 204 });
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Clear-Site-Data", '"storage"');
  clearPartnerCookies(response, { device: true });
  return response;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
