"use client";

import { clearAllDrafts } from "./draft-store";

/** Sign out: drafts go from this device first, then the server ends the session. */
export function SignOutButton() {
  return (
    <form method="post" action="/c/session/sign-out" onSubmit={() => clearAllDrafts()}>
      <button type="submit" className="min-h-11 font-medium text-brand-700 underline">
        Sign out
      </button>
    </form>
  );
}
