import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { STAFF_SESSION_COOKIES } from "~/server/auth/cookie-names";
import { getDb } from "~/server/db";
import { DomainError } from "~/server/errors";
import { postedFromAttune } from "~/server/http/same-origin-form";
import { acceptAndSignIn } from "~/server/invitations/accept-and-sign-in";
import { isLinkTokenShaped } from "~/server/tokens";
import { seeOther } from "~/server/http/see-other";

/**
 * "Accept and sign in" on the invitation page, for someone not signed in: join the practice and
 * start a staff session without a second email. Posted only from Attune's own page.
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ token: string }> },
) {
  const { token } = await params;
  if (!postedFromAttune(request.headers, new URL(env.APP_URL).origin)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  if (!isLinkTokenShaped(token)) return seeOther("/sign-in");
  try {
    const signedIn = await acceptAndSignIn(getDb(), token);
    const secure = env.APP_URL.startsWith("https://");
    const response = seeOther(`/p/${signedIn.practiceId}`);
    response.cookies.set(STAFF_SESSION_COOKIES[secure ? 1 : 0]!, signedIn.sessionToken, {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      expires: signedIn.expires,
    });
    return response;
  } catch (error) {
    // Expired, withdrawn or used: the page says which.
    if (error instanceof DomainError) return seeOther(`/invitations/${token}`);
    throw error;
  }
}
