import { type NextRequest } from "next/server";
import { currentUser, secondFactorSetupPath } from "~/server/auth/staff-session";
import { getDb, getReadDb } from "~/server/db";
import { attachment, plainText, signInThenBack } from "~/server/http/download-responses";
import { sessionPrepDownload } from "~/server/prep/prep-download";
import { appUrl } from "~/server/urls/app-url";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The session-prep PDF of a couple: GET ?from=YYYY-MM-DD&to=YYYY-MM-DD, or since the last session. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ practiceId: string; coupleId: string }> },
) {
  const result = await sessionPrepDownload(
    getDb(),
    await currentUser(),
    await params,
    request.nextUrl.searchParams,
    new Date(),
    getReadDb(request.headers.get("cookie")),
  );
  // Back here after signing in or setting up a second factor; the query holds only dates.
  const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  switch (result.status) {
    case 401:
      return signInThenBack(back);
    case 403:
      return Response.redirect(appUrl(secondFactorSetupPath(back)), 303);
    case 404:
      return plainText(404, "Not found.");
    case 400:
      return plainText(400, result.message);
    case 200:
      return attachment(new Uint8Array(result.pdf), {
        type: "application/pdf",
        name: result.fileName,
        bytes: result.pdf.length,
      });
  }
}
