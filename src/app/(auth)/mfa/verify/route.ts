import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { currentSignIn, secondFactorPath } from "~/server/auth/staff-session";
import { getDb } from "~/server/db";
import { DomainError } from "~/server/errors";
import { postedFromAttune } from "~/server/http/same-origin-form";
import { seeOther } from "~/server/http/see-other";
import { verifySecondFactor } from "~/server/mfa/verify";
import { sameOriginPath } from "~/server/urls/app-url";

/** The code page posts here (it works without JavaScript); back to it with a problem, or on. */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request.headers, new URL(env.APP_URL).origin)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const form = await request.formData().catch(() => null);
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : "";
  };
  const next = sameOriginPath(field("next"), "/");
  const signIn = await currentSignIn();
  if (!signIn) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  if (!signIn.awaitsSecondFactor || !signIn.user.sessionToken) return seeOther(next);
  try {
    await verifySecondFactor(getDb(), {
      userId: signIn.user.id,
      sessionToken: signIn.user.sessionToken,
      code: field("code").slice(0, 64),
    });
    return seeOther(next);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problem = error.code === "TOO_MANY_REQUESTS" ? "limited" : "wrong";
    return seeOther(`${secondFactorPath(next)}&error=${problem}`);
  }
}
