"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";
import { dateFormat, type DateStyle } from "~/dates";
import type { PracticeExportView } from "~/server/exports/exports";

interface Props {
  practiceId: string;
  initial: PracticeExportView[];
  dateSettings: { style: DateStyle; timeZone: string };
}

const busy = (e: PracticeExportView) => e.status === "queued" || e.status === "running";

function megabytes(bytes: number | null): string {
  return bytes === null ? "" : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Ask for an export, watch it being built (polled while it runs), download it when ready. */
export function ExportPanel({ practiceId, initial, dateSettings }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dates = dateFormat(dateSettings);
  const listOptions = trpc.practiceExport.list.queryOptions({ practiceId });
  const list = useQuery({
    ...listOptions,
    initialData: initial,
    refetchInterval: (query) => ((query.state.data ?? []).some(busy) ? 1500 : false),
  });
  const request = useMutation(
    trpc.practiceExport.request.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: listOptions.queryKey }),
    }),
  );
  const exports = list.data;
  const building = exports.find(busy);

  return (
    <div className="mt-6 space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          onClick={() => request.mutate({ practiceId })}
          disabled={request.isPending || building !== undefined}
        >
          {building ? "Export being built…" : "Export the practice"}
        </Button>
        <FormError error={request.error} />
      </div>
      {exports.length > 0 ? (
        <div>
          <h2 className="mb-2 text-lg font-semibold">Recent exports</h2>
          <ul className="divide-y divide-slate-100 text-sm" aria-live="polite">
            {exports.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  Asked for{" "}
                  <time dateTime={e.createdAt.toISOString()}>{dates.moment(e.createdAt)}</time>
                </span>
                <ExportState
                  item={e}
                  expires={e.expiresAt ? dates.moment(e.expiresAt) : ""}
                  practiceId={practiceId}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ExportState({
  item,
  expires,
  practiceId,
}: {
  item: PracticeExportView;
  expires: string;
  practiceId: string;
}) {
  switch (item.status) {
    case "queued":
      return <span>Waiting to start…</span>;
    case "running":
      return (
        <span>
          Building: {item.tablesDone} of {item.tablesTotal} tables,{" "}
          {item.rowsDone.toLocaleString("en")} rows
        </span>
      );
    case "ready":
      return (
        <span className="flex flex-wrap items-center gap-3">
          <span className="text-slate-600">
            Ready ({megabytes(item.bytes)}), until {expires}
            {item.downloadedAt ? " · downloaded" : ""}
          </span>
          <a
            href={`/p/${practiceId}/export/${item.id}/download`}
            className="font-semibold text-brand-700 underline"
            download
          >
            Download
          </a>
        </span>
      );
    case "failed":
      return <span className="text-red-800">It could not be built. Please ask again.</span>;
    case "expired":
      return <span className="text-slate-600">Expired and deleted</span>;
  }
}
