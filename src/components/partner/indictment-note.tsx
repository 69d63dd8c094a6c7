"use client";

import { indictmentHint } from "~/homework/indictment";

/** A gentle nudge towards observation, never a block. */
export function IndictmentNote({ text }: { text: string }) {
  const hint = indictmentHint(text);
  if (!hint) return null;
  return (
    <p role="status" className="rounded-lg bg-amber-50 p-3 text-[15px] text-amber-950">
      &ldquo;{hint.matched}&rdquo; can land as a verdict on the whole person. It may help to
      describe one moment instead: <em>{hint.suggestion}</em>
    </p>
  );
}
