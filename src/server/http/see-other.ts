import { NextResponse } from "next/server";
import { appUrl } from "~/server/urls/app-url";

/**
 * After a form that signs someone in: 303 to a path on APP_URL, telling no one where they came
 * from (the page they left held a token) and keeping the answer out of caches.
 */
export function seeOther(path: string): NextResponse {
  const response = NextResponse.redirect(appUrl(path), 303);
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Cache-Control", "no-store");
  return response;
}
