import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "~/server/db";
import { acceptConsent, declineConsent } from "~/server/consent/consent";
import { DomainError } from "~/server/errors";
import { postedFromAttune } from "~/server/partner-session/form-origin";
import { PARTNER_COOKIE, partnerForSession } from "~/server/partner-session/partner-session";
import { seeOther } from "~/server/http/see-other";

const answer = z.object({
  answer: z.enum(["accept", "decline"]),
  version: z.coerce.number().int().min(0).max(1_000_000),
});

/** The consent page's form: accept (the version read) and go on, or decline and be told kindly. */
export async function POST(request: NextRequest) {
  if (!postedFromAttune(request)) {
    return new NextResponse("This form can only be sent from Attune itself.", { status: 403 });
  }
  const db = getDb();
  const token = request.cookies.get(PARTNER_COOKIE)?.value;
  const partner = token ? await partnerForSession(db, token) : null;
  if (!partner) return seeOther("/c/new-link?reason=session");
  const form = await request.formData().catch(() => null);
  const parsed = answer.safeParse({ answer: form?.get("answer"), version: form?.get("version") });
  if (!parsed.success) return seeOther("/c/consent");
  if (parsed.data.answer === "decline") {
    await declineConsent(db, partner, parsed.data.version);
    return seeOther("/c/consent/declined");
  }
  try {
    await acceptConsent(db, partner, parsed.data.version);
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") {
      return seeOther("/c/consent?changed=1");
    }
    throw error;
  }
  return seeOther("/c");
}
