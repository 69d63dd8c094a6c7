import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { staffName } from "~/domain/people";
import { roleLabel } from "~/domain/practice";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Caseload balance" };

const headings = [
  "Therapist",
  "Active couples",
  "Paused",
  "Open homework",
  "Unreviewed entries",
  "Open safety flags",
  "Caseload",
];

export default async function BalancePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  if (practice.role === "therapist") {
    return (
      <>
        <PageTitle>Caseload balance</PageTitle>
        <Card>Only owners and admins see the balance of caseloads.</Card>
      </>
    );
  }
  const rows = await orNotFound(caller.caseload.balance({ practiceId }));
  const caseload = (userId: string, sort?: string) =>
    `/p/${practiceId}?${new URLSearchParams({ therapist: userId, ...(sort ? { sort } : {}) })}`;
  return (
    <>
      <PageTitle>Caseload balance</PageTitle>
      <Card>
        <p className="mb-4 max-w-prose text-sm text-slate-600">
          What each member&rsquo;s current couples need. To move couples, open a caseload, tick the
          couples and choose <strong>Reassign to</strong>.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {headings.map((h) => (
                  <th key={h} scope="col" className="py-2 pr-4 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const name = staffName(r);
                return (
                  <tr key={r.userId}>
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {name}
                      <span className="block text-xs font-normal text-slate-600">
                        {roleLabel[r.role]}
                        {r.awayFrom ? ` · away ${r.awayFrom} to ${r.awayUntil ?? "?"}` : ""}
                      </span>
                    </th>
                    <td className="py-2 pr-4 tabular-nums">{r.activeCouples}</td>
                    <td className="py-2 pr-4 tabular-nums">{r.pausedCouples}</td>
                    <td className="py-2 pr-4 tabular-nums">{r.openHomework}</td>
                    <td className="py-2 pr-4 tabular-nums">{r.unreviewedEntries}</td>
                    <td
                      className={`py-2 pr-4 tabular-nums ${r.openSafetyFlags > 0 ? "font-semibold text-red-800" : ""}`}
                    >
                      {r.openSafetyFlags}
                    </td>
                    <td className="py-2">
                      {r.activeCouples + r.pausedCouples > 0 || r.openSafetyFlags > 0 ? (
                        <Link
                          href={caseload(r.userId, "attention")}
                          className="font-medium text-brand-700 underline"
                        >
                          Review or reassign<span className="sr-only"> {name}&rsquo;s couples</span>
                        </Link>
                      ) : (
                        <span className="text-slate-600">No couples</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
