"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callProcedure } from "~/components/partner/call-procedure";

export function ShareToggle({ entryId, shared }: { entryId: string; shared: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className="min-h-12 w-full rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800 disabled:text-slate-400"
        onClick={async () => {
          setPending(true);
          setError(null);
          const result = await callProcedure("partner.setSharing", { entryId, shared: !shared });
          setPending(false);
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        {shared ? "Make private again" : "Share with my partner"}
      </button>
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
