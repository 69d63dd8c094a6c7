"use client";

import { OBSERVATION_FORM, indictmentHint } from "~/homework/indictment";

/** A gentle nudge towards observation, never a block; the hint's own words, said once. */
export function IndictmentNote({ text }: { text: string }) {
  const hint = indictmentHint(text);
  if (!hint) return null;
  const [before, after] = hint.suggestion.split(OBSERVATION_FORM);
  return (
    <p role="status" className="rounded-lg bg-amber-50 p-3 text-[15px] text-amber-950">
      {before}
      <em>{OBSERVATION_FORM}</em>
      {after}
    </p>
  );
}
