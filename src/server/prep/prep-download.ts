import { z } from "zod";
import type { Database } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { practiceAccess } from "~/server/practices/resolve-scope";
import type { SessionUser } from "~/server/trpc/context";
import { prepQuerySchema } from "~/validation/prep";
import { exportSessionPrep, type PrepExport } from "./export-prep";

export type PrepDownload =
  | ({ status: 200 } & PrepExport)
  | { status: 400; message: string }
  | { status: 401 }
  /** The practice requires a second factor this member has not set up. */
  | { status: 403 }
  | { status: 404 };

const ids = z.object({ practiceId: z.uuid(), coupleId: z.uuid() });

/**
 * The prep route's whole decision, as a plain function: signed in (a session waiting for its
 * second factor is not), a member of the practice with its second-factor requirement met,
 * the couple visible to them (another practice's or therapist's couple is simply not found),
 * a valid period; then the PDF.
 */
export async function sessionPrepDownload(
  db: Database,
  user: SessionUser | null,
  params: { practiceId: string; coupleId: string },
  search: URLSearchParams,
  now = new Date(),
  reads: Database = db,
): Promise<PrepDownload> {
  if (!user) return { status: 401 };
  const parsedIds = ids.safeParse(params);
  if (!parsedIds.success) return { status: 404 };
  const { practiceId, coupleId } = parsedIds.data;
  const access = await practiceAccess(reads, { userId: user.id, practiceId });
  if ("refused" in access) return { status: access.refused === "not_found" ? 404 : 403 };
  const { scope } = access;
  const query = prepQuerySchema.safeParse({
    from: search.get("from") ?? undefined,
    to: search.get("to") ?? undefined,
  });
  if (!query.success) {
    return { status: 400, message: query.error.issues[0]?.message ?? "That period is not valid." };
  }
  try {
    return {
      status: 200,
      ...(await exportSessionPrep(db, scope, { coupleId, query: query.data }, now, reads)),
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return { status: 404 };
    throw error;
  }
}
