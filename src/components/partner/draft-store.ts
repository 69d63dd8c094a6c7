/**
 * Drafts live on the device (localStorage) as the person types, so a closed tab, a reload or a
 * dropped connection loses nothing. The idempotency key is made with the draft and kept with it:
 * however often the same draft is sent, the server makes one entry.
 */
export interface Draft {
  values: Record<string, unknown>;
  occurredAt: string | null;
  share: boolean;
  safetyFlag: boolean;
  idempotencyKey: string;
  savedAt: string;
}

export function draftKey(partnerId: string, assignmentId: string): string {
  return `attune:draft:${partnerId}:${assignmentId}`;
}

export function newDraft(): Draft {
  return {
    values: {},
    occurredAt: null,
    share: false,
    safetyFlag: false,
    idempotencyKey: crypto.randomUUID(),
    savedAt: new Date().toISOString(),
  };
}

export function loadDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.idempotencyKey !== "string" || typeof draft.values !== "object") return null;
    return { ...newDraft(), ...draft };
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: Draft): boolean {
  try {
    window.localStorage.setItem(
      key,
      JSON.stringify({ ...draft, savedAt: new Date().toISOString() }),
    );
    return true;
  } catch {
    // Private mode or a full disk: the form still works, it just cannot keep a copy.
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}
