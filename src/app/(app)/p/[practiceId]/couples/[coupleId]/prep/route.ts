import { type NextRequest } from "next/server";
import { env } from "~/env";
import { currentUser, secondFactorSetupPath } from "~/server/auth/staff-session";
import { getDb } from "~/server/db";
import { sessionPrepDownload } from "~/server/prep/prep-download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

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
  );
  switch (result.status) {
    case 401: {
      // Back here after signing in; the query holds only dates.
      const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
      const signIn = new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, env.APP_URL);
      return Response.redirect(signIn, 303);
    }
    case 403: {
      const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
      return Response.redirect(new URL(secondFactorSetupPath(back), env.APP_URL), 303);
    }
    case 404:
      return plain(404, "Not found.");
    case 400:
      return plain(400, result.message);
    case 200:
      return new Response(new Uint8Array(result.pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="${result.fileName}"`,
          "Content-Length": String(result.pdf.length),
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
  }
}
