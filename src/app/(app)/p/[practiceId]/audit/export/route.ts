import { type NextRequest } from "next/server";
import { Readable } from "node:stream";
import { env } from "~/env";
import { auditLogDownload } from "~/server/audit/audit-export";
import { currentUser } from "~/server/auth/staff-session";
import { getDb } from "~/server/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The audit log as CSV: GET with the page's filters (who, action, couple, from, to). */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ practiceId: string }> },
) {
  const result = await auditLogDownload(
    getDb(),
    await currentUser(),
    await params,
    request.nextUrl.searchParams,
  );
  switch (result.status) {
    case 401: {
      // Back here after signing in; the query holds only filters (ids, dates, action names).
      const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
      const signIn = new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, env.APP_URL);
      return Response.redirect(signIn, 303);
    }
    case 403:
      return plain(403, "Only owners and admins can download the audit log.");
    case 404:
      return plain(404, "Not found.");
    case 400:
      return plain(400, result.message);
    case 200:
      return new Response(Readable.toWeb(result.csv) as ReadableStream<Uint8Array>, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${result.fileName}"`,
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
  }
}
