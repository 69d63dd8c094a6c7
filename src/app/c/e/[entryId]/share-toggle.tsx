"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callProcedure } from "~/components/partner/call-procedure";
import { SharePreview } from "~/components/partner/share-preview";
import type { AnswerRow } from "~/homework/answers";

interface Props {
  entryId: string;
  shared: boolean;
  /** what the other partner would see: the entry's title and answers as they read now */
  preview: { title: string; rows: AnswerRow[]; original: AnswerRow[] | null };
}

/** Share (after seeing what the partner will see) or make private again (at once). */
export function ShareToggle({ entryId, shared, preview }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = async (share: boolean) => {
    setPending(true);
    setError(null);
    const result = await callProcedure("partner.setSharing", { entryId, shared: share });
    setPending(false);
    if (result.ok) {
      setPreviewing(false);
      router.refresh();
    } else setError(result.message);
  };
  if (previewing) {
    return (
      <SharePreview
        {...preview}
        confirmLabel="Share with my partner"
        backLabel="Keep it private"
        pending={pending}
        error={error}
        onConfirm={() => void change(true)}
        onBack={() => {
          setError(null);
          setPreviewing(false);
        }}
      />
    );
  }
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className="min-h-12 w-full rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800 disabled:text-slate-400"
        onClick={() => (shared ? void change(false) : setPreviewing(true))}
      >
        {shared ? "Make private again" : "Share with my partner…"}
      </button>
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
