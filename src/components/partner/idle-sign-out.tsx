"use client";

import { useEffect } from "react";
import { clearAllDrafts } from "./draft-store";

const ACTIVITY = ["pointerdown", "keydown", "input"] as const;
/** How often activity is reported to the server, at most: well inside the idle time. */
const reportEveryMs = (minutes: number) => Math.min(5, minutes / 2) * 60_000;

/**
 * On a shared device the server ends the session after the practice's idle minutes; this makes
 * the screen follow: after as long without a touch or a key, drafts are cleared and the page
 * leaves for "signed out", so what was open does not stay on view. Activity (typing a long
 * answer) is reported now and then so the server's clock matches the person's.
 */
export function IdleSignOut({ minutes }: { minutes: number }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reportedAt = Date.now();
    const leave = () => {
      clearAllDrafts();
      void fetch("/c/session/sign-out", { method: "POST", keepalive: true })
        .catch(() => undefined)
        .finally(() => window.location.replace("/c/signed-out"));
    };
    const active = () => {
      clearTimeout(timer);
      timer = setTimeout(leave, minutes * 60_000);
      if (Date.now() - reportedAt > reportEveryMs(minutes)) {
        reportedAt = Date.now();
        void fetch("/c/session/alive", { method: "POST" }).catch(() => undefined);
      }
    };
    active();
    for (const event of ACTIVITY) window.addEventListener(event, active, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, active);
    };
  }, [minutes]);
  return null;
}
