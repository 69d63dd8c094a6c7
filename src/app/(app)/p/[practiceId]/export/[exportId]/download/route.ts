import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { env } from "~/env";
import { currentUser } from "~/server/auth/staff-session";
import { getDb } from "~/server/db";
import { practiceExportDownload } from "~/server/exports/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** A finished practice export, streamed from disk to its owner until it expires. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ practiceId: string; exportId: string }> },
) {
  const ids = await params;
  const result = await practiceExportDownload(getDb(), await currentUser(), ids);
  switch (result.status) {
    case 401: {
      const back = `/p/${ids.practiceId}/export`;
      const signIn = new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, env.APP_URL);
      return Response.redirect(signIn, 303);
    }
    case 403:
      return plain(403, "Only the practice's owners can download its export.");
    case 404:
      return plain(404, "Not found.");
    case 410:
      return plain(410, "This export has expired. Ask for a new one on the export page.");
    case 200: {
      const body = Readable.toWeb(createReadStream(result.filePath)) as ReadableStream<Uint8Array>;
      return new Response(body, {
        headers: {
          "Content-Type": "application/zip",
          "Content-Disposition": `attachment; filename="${result.fileName}"`,
          "Content-Length": String(result.bytes),
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    }
  }
}
