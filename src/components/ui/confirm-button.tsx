"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

interface Props {
  label: ReactNode;
  /** what the first button acts on, for screen readers (see Button's `actionOf`) */
  actionOf?: string;
  /** asked in place, e.g. "Revoke Sam's links?" */
  question: string;
  confirmLabel: string;
  /** the way back, e.g. "Keep them" */
  dismissLabel?: string;
  pending?: boolean;
  onConfirm: () => void;
}

/** A destructive action asked twice, in place: the first press asks, the second does it. */
export function ConfirmButton({
  label,
  actionOf,
  question,
  confirmLabel,
  dismissLabel = "Go back",
  pending,
  onConfirm,
}: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button
        ref={startRef}
        variant="danger"
        actionOf={actionOf}
        disabled={pending}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
      className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-2"
    >
      <span className="px-1 text-sm font-medium text-red-900">{question}</span>
      <Button
        ref={confirmRef}
        variant="danger"
        disabled={pending}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {pending ? "Working…" : confirmLabel}
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)}>
        {dismissLabel}
      </Button>
    </div>
  );
}
