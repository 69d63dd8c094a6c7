import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { dateFormat } from "~/dates";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { practiceId } = await params;
  const { before } = await searchParams;
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  if (practice.role === "therapist") {
    return (
      <>
        <PageTitle>Audit log</PageTitle>
        <Card>Only owners and admins read the audit log.</Card>
      </>
    );
  }
  const beforeId = Number(before);
  const { events, hasMore } = await orNotFound(
    caller.audit.list({
      practiceId,
      before: Number.isInteger(beforeId) && beforeId > 0 ? beforeId : undefined,
    }),
  );
  const last = events.at(-1);
  const dates = dateFormat({ style: practice.dateStyle, timeZone: practice.timeZone });
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <Card>
        <p className="mb-4 text-sm text-slate-600">
          Every change in the practice, newest first. Entries cannot be edited or deleted.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  When
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Who
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  What
                </th>
                <th scope="col" className="py-2 font-medium">
                  Couple
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={e.createdAt.toISOString()}>{dates.moment(e.createdAt)}</time>
                  </td>
                  <td className="py-2 pr-4">{e.actorName ?? e.actorEmail ?? "System"}</td>
                  <td className="py-2 pr-4">{e.label}</td>
                  <td className="py-2">{e.coupleLabel ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hasMore && last ? (
          <Link
            href={`?before=${last.id}`}
            className="mt-4 inline-block font-medium text-brand-700 underline"
          >
            Older entries
          </Link>
        ) : null}
      </Card>
    </>
  );
}
