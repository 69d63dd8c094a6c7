import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { orNotFound } from "~/components/app/server-call";
import { Alert } from "~/components/ui/alert";
import { Card, PageTitle } from "~/components/ui/card";
import { dateFormat } from "~/dates";
import { auditFilterFromSearch, auditFilterQuery } from "~/server/audit/audit-filter";
import { api } from "~/server/trpc/server";
import { AuditFilters, type AuditFilterValues } from "./audit-filters";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Search>;
}) {
  const { practiceId } = await params;
  const search = await searchParams;
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
  const parsed = auditFilterFromSearch(search);
  const before = Number(text(search.before));
  const [choices, page] = await Promise.all([
    caller.audit.filterChoices({ practiceId }),
    parsed.success
      ? caller.audit.list({
          practiceId,
          ...parsed.data,
          before: Number.isInteger(before) && before > 0 ? before : undefined,
        })
      : null,
  ]);
  const values: AuditFilterValues = {
    who: text(search.who),
    action: text(search.action),
    couple: text(search.couple),
    from: text(search.from),
    to: text(search.to),
  };
  const errors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  const dates = dateFormat({ style: practice.dateStyle, timeZone: practice.timeZone });
  const here = `/p/${practiceId}/audit`;
  const last = page?.events.at(-1);
  return (
    <>
      <PageTitle>Audit log</PageTitle>
      <Card>
        <p className="mb-4 text-sm text-slate-600">
          Every change in the practice, and every view or download of a couple&rsquo;s entries,
          newest first. Events cannot be edited or deleted. Days are in the practice&rsquo;s time
          zone ({practice.timeZone}).
        </p>
        <AuditFilters
          values={values}
          errors={errors}
          members={choices.members}
          couples={choices.couples}
          clearHref={here}
        />
        {page && parsed.success ? (
          <>
            <p className="mb-4">
              <a
                href={`${here}/export?${auditFilterQuery(parsed.data)}`}
                download
                className="font-medium text-brand-700 underline"
              >
                Download these events as CSV
              </a>
            </p>
            <AuditTable events={page.events} dates={dates} />
            <nav aria-label="Pages of the audit log" className="mt-4 flex gap-6">
              {before > 0 ? (
                <Link
                  href={`${here}?${auditFilterQuery(parsed.data)}`}
                  className="font-medium text-brand-700 underline"
                >
                  Newest events
                </Link>
              ) : null}
              {page.hasMore && last ? (
                <Link
                  href={`${here}?${auditFilterQuery(parsed.data, { before: String(last.id) })}`}
                  className="font-medium text-brand-700 underline"
                >
                  Older events
                </Link>
              ) : null}
            </nav>
          </>
        ) : (
          <Alert tone="error">Correct the filters marked above to see the events.</Alert>
        )}
      </Card>
    </>
  );
}
