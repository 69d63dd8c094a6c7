import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { appUrl } from "~/server/urls/app-url";
import { idSchema } from "~/validation/common";
import { CASELOAD_SEARCH_COOKIE } from "../caseload-search-cookie";

/**
 * The caseload filter form posts here. Status and therapist go into the URL (shareable,
 * harmless); the name searched for goes into a short-lived cookie scoped to this practice's pages,
 * so client names stay out of history, referrers and request logs.
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ practiceId: string }> },
) {
  const parsed = idSchema.safeParse((await params).practiceId);
  if (!parsed.success) return new NextResponse("That practice link is not valid.", { status: 404 });
  const form = await request.formData().catch(() => null);
  const text = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const path = `/p/${parsed.data}`;
  const query = new URLSearchParams();
  for (const key of ["status", "therapist", "sort"])
    if (text(key)) query.set(key, text(key).slice(0, 64));
  const response = NextResponse.redirect(appUrl(query.size > 0 ? `${path}?${query}` : path), 303);
  const search = text("q").slice(0, 100);
  if (search) {
    response.cookies.set(CASELOAD_SEARCH_COOKIE, search, {
      httpOnly: true,
      sameSite: "strict",
      secure: env.APP_URL.startsWith("https://"),
      path,
      maxAge: 60 * 60,
    });
  } else {
    response.cookies.set(CASELOAD_SEARCH_COOKIE, "", { path, maxAge: 0 });
  }
  return response;
}
