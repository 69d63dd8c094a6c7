"use client";

import { useEffect } from "react";

/**
 * While something is waiting to be sent (no answer, or the server said "try again later"), send
 * it again when the browser comes back online, and by itself after the server's Retry-After (or
 * ten seconds): the partner need not notice the server was away for a moment.
 */
export function useResendWhenBack(
  waiting: boolean,
  retryAfterSeconds: number | null,
  resend: () => void,
): void {
  useEffect(() => {
    if (!waiting) return;
    window.addEventListener("online", resend);
    const timer =
      retryAfterSeconds === null ? undefined : setTimeout(resend, retryAfterSeconds * 1000);
    return () => {
      window.removeEventListener("online", resend);
      clearTimeout(timer);
    };
  }, [waiting, retryAfterSeconds, resend]);
}
