"use client";

import { useEffect, useRef } from "react";
import { Alert } from "./alert";
import { formErrorOf } from "./form-errors";

/**
 * Announces what went wrong (role=alert) and moves keyboard focus to the first field marked
 * invalid, whose own message is read out with it.
 */
export function FormError({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error) return;
    const invalid = ref.current
      ?.closest("form")
      ?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [error]);
  const message = formErrorOf(error);
  return <div ref={ref}>{message ? <Alert tone="error">{message}</Alert> : null}</div>;
}
