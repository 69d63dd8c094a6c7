"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * After a change: say what happened and re-render the server component around it.
 * `succeed(message)` is an onSuccess handler; `clear()` before the next attempt.
 */
export function useSuccessNote() {
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  return {
    note,
    clear: () => setNote(null),
    succeed: (message: string) => () => {
      setNote(message);
      router.refresh();
    },
  };
}
