import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import {
  PARTNER_COOKIE,
  PARTNER_SESSION_HOURS,
  openPartnerLink,
} from "~/server/partner-session/partner-session";
import { getDb } from "~/server/db";
import { isLinkTokenShaped } from "~/server/tokens";
import { appUrl } from "~/server/urls/app-url";

function goTo(path: string) {
  const response = NextResponse.redirect(appUrl(path), 303);
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * Whether the form was posted from Attune's own pages. Browsers say so in Sec-Fetch-Site even
 * where the page's no-referrer policy turns Origin into "null"; without it, Origin must match.
 */
function fromAttune(request: NextRequest): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  return origin === null || origin === "null" || origin === new URL(env.APP_URL).origin;
}

/**
 * The personal link's button: swap the token for a partner session cookie (the link is used up)
 * and go on to /c. Only a form on Attune's own origin may post here: a page elsewhere could
 * otherwise sign a visitor in as a partner of its choosing.
 */
export async function POST(request: NextRequest) {
  if (!fromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  if (typeof token !== "string" || !isLinkTokenShaped(token)) {
    return goTo("/c/new-link?reason=unknown");
  }
  const opened = await openPartnerLink(getDb(), token, {
    deviceSession: request.cookies.get(PARTNER_COOKIE)?.value ?? null,
    replace: form?.get("replace") === "1",
  });
  if (opened.ok === false) return goTo(`/c/new-link?reason=${opened.reason}`);
  if (opened.ok === "confirm") return goTo(`/c/l/${token}`);
  const response = goTo("/c");
  if (opened.ok === true) {
    response.cookies.set(PARTNER_COOKIE, opened.sessionToken, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.APP_URL.startsWith("https://"),
      path: "/",
      maxAge: PARTNER_SESSION_HOURS * 60 * 60,
    });
  }
  return response;
}
