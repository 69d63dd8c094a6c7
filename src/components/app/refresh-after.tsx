"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-render the page's server parts shortly after `at` (ms since epoch): e.g. once a queued email has gone. */
export function RefreshAfter({ at }: { at: number }) {
  const router = useRouter();
  useEffect(() => {
    // A little after the send time: the worker polls every second.
    const wait = Math.max(1000, at - Date.now() + 2500);
    const timer = setTimeout(() => router.refresh(), Math.min(wait, 10 * 60_000));
    return () => clearTimeout(timer);
  }, [at, router]);
  return null;
}
