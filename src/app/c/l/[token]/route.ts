import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import {
  CLIENT_COOKIE,
  CLIENT_SESSION_HOURS,
  openClientLink,
} from "~/server/client-session/client-session";
import { getDb } from "~/server/db";

/**
 * A personal link: swap the token for a short-lived partner session cookie and go on to a URL
 * without the token, so it does not linger in history, referrers or logs.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ token: string }> },
) {
  const { token } = await params;
  const opened =
    token.length >= 40 && token.length <= 64 ? await openClientLink(getDb(), token) : null;
  if (!opened?.ok) {
    const reason = opened?.reason ?? "unknown";
    return NextResponse.redirect(new URL(`/c/new-link?reason=${reason}`, env.APP_URL), 303);
  }
  const response = NextResponse.redirect(new URL("/c", env.APP_URL), 303);
  response.cookies.set(CLIENT_COOKIE, opened.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: CLIENT_SESSION_HOURS * 60 * 60,
  });
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Cache-Control", "no-store");
  return response;
}
