import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { api } from "~/server/trpc/server";
import { ExportPanel } from "./export-panel";

export const metadata: Metadata = { title: "Export the practice" };

export default async function ExportPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  if (practice.role !== "owner") {
    return (
      <>
        <PageTitle>Export the practice</PageTitle>
        <Card>Only the practice&rsquo;s owners can export its data.</Card>
      </>
    );
  }
  const exports = await caller.practiceExport.list({ practiceId });
  return (
    <>
      <PageTitle>Export the practice</PageTitle>
      <Card>
        <div className="max-w-prose space-y-3 text-sm text-slate-700">
          <p>
            Download everything {practice.name} holds in Attune: couples and partners, homework
            templates and assignments, every entry with its answers, sessions and their notes,
            safety flags, the audit log and the team. It comes as a zip of CSV files, one per table,
            with <code>export.json</code> and <code>COLUMNS.md</code> describing each column.
          </p>
          <p>
            The export is built in the background; you can leave this page. We email you when it is
            ready, and it can be downloaded for 7 days. It holds clinical notes: keep it somewhere
            safe.
          </p>
        </div>
        <ExportPanel
          practiceId={practiceId}
          initial={exports}
          dateSettings={{ style: practice.dateStyle, timeZone: practice.timeZone }}
        />
      </Card>
    </>
  );
}
