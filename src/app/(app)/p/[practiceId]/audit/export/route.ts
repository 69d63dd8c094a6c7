import { type NextRequest } from "next/server";
import { Readable } from "node:stream";
import { auditLogDownload } from "~/server/audit/audit-export";
import { currentUser } from "~/server/auth/staff-session";
import { getDb } from "~/server/db";
import { attachment, plainText, signInThenBack } from "~/server/http/download-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

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
    case 401:
      // Back here after signing in; the query holds only filters (ids, dates, action names).
      return signInThenBack(`${request.nextUrl.pathname}${request.nextUrl.search}`);
    case 403:
      return plainText(403, "Only owners and admins can download the audit log.");
    case 404:
      return plainText(404, "Not found.");
    case 400:
      return plainText(400, result.message);
    case 200:
      return attachment(Readable.toWeb(result.csv) as ReadableStream<Uint8Array>, {
        type: "text/csv; charset=utf-8",
        name: result.fileName,
      });
  }
}
