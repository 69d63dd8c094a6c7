import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { currentUser } from "~/server/auth/staff-session";
import { getDb } from "~/server/db";
import { practiceExportDownload } from "~/server/exports/download";
import { attachment, plainText, signInThenBack } from "~/server/http/download-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A finished practice export, streamed from disk to its owner until it expires. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ practiceId: string; exportId: string }> },
) {
  const ids = await params;
  const result = await practiceExportDownload(getDb(), await currentUser(), ids);
  switch (result.status) {
    case 401:
      return signInThenBack(`/p/${ids.practiceId}/export`);
    case 403:
      return plainText(403, "Only the practice's owners can download its export.");
    case 404:
      return plainText(404, "Not found.");
    case 410:
      return plainText(410, "This export has expired. Ask for a new one on the export page.");
    case 200:
      return attachment(
        Readable.toWeb(createReadStream(result.filePath)) as ReadableStream<Uint8Array>,
        { type: "application/zip", name: result.fileName, bytes: result.bytes },
      );
  }
}
