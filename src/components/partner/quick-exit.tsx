"use client";

import { clearAllDrafts } from "./draft-store";

/** Long enough for the server to end the session on a slow phone, short enough to feel instant. */
const WAIT_FOR_SERVER_MS = 800;

/**
 * One tap: the drafts go, the server ends the session and forgets this device, and the page is
 * replaced by a neutral site (replace, so Back does not return here). Without scripts the form
 * posts and the server sends the browser on.
 */
export function QuickExit({ to }: { to: string }) {
  return (
    <form
      method="post"
      action="/c/session/exit"
      className="fixed top-2 right-2 z-50"
      onSubmit={(event) => {
        event.preventDefault();
        clearAllDrafts();
        const ended = fetch("/c/session/exit", {
          method: "POST",
          keepalive: true,
          credentials: "same-origin",
        }).catch(() => undefined);
        const soon = new Promise((resolve) => setTimeout(resolve, WAIT_FOR_SERVER_MS));
        void Promise.race([ended, soon]).then(() => window.location.replace(to));
      }}
    >
      <button
        type="submit"
        className="min-h-11 rounded-full bg-slate-800 px-4 text-[15px] font-semibold text-white shadow-md"
      >
        Quick exit
      </button>
    </form>
  );
}
