/**
 * Drafts live on the device as the person types, so a closed tab, a reload or a dropped
 * connection loses nothing. The idempotency key is made with the draft and kept with it:
 * however often the same draft is sent, the server makes one entry.
 *
 * Where they live depends on the device. On the partner's own device: localStorage, for the
 * practice's draft days at most, and never the "I don't feel safe" box. On a shared device (or
 * one they have not said is theirs): sessionStorage only, gone when the tab closes. Sign-out and
 * quick exit clear both.
 */
export interface Draft {
  values: Record<string, unknown>;
  occurredAt: string | null;
  share: boolean;
  safetyFlag: boolean;
  idempotencyKey: string;
  savedAt: string;
}

/** Where a form keeps its draft: the device answer and the practice's days for own devices. */
export interface DraftPlace {
  ownDevice: boolean;
  draftDays: number;
}

const PREFIX = "attune:draft:";
const DAY_MS = 24 * 60 * 60 * 1000;

export function draftKey(partnerId: string, assignmentId: string): string {
  return `${PREFIX}${partnerId}:${assignmentId}`;
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

function storageFor(place: DraftPlace): Storage {
  return place.ownDevice ? window.localStorage : window.sessionStorage;
}

function parse(raw: string | null): Partial<Draft> | null {
  if (!raw) return null;
  const draft = JSON.parse(raw) as Partial<Draft>;
  if (typeof draft.idempotencyKey !== "string" || typeof draft.values !== "object") return null;
  return draft;
}

function expired(draft: Partial<Draft>, days: number, now = Date.now()): boolean {
  const saved = Date.parse(draft.savedAt ?? "");
  return !Number.isFinite(saved) || now - saved > days * DAY_MS;
}

export function loadDraft(key: string, place: DraftPlace): Draft | null {
  try {
    // A draft kept under the other answer (the partner changed it) is not carried across.
    const other = place.ownDevice ? window.sessionStorage : window.localStorage;
    other.removeItem(key);
    const draft = parse(storageFor(place).getItem(key));
    if (!draft) return null;
    if (place.ownDevice && expired(draft, place.draftDays)) {
      window.localStorage.removeItem(key);
      return null;
    }
    return { ...newDraft(), ...draft };
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: Draft, place: DraftPlace): boolean {
  try {
    const kept = { ...draft, savedAt: new Date().toISOString() };
    // A ticked safety box never outlives the tab, even on the partner's own phone.
    if (place.ownDevice) kept.safetyFlag = false;
    storageFor(place).setItem(key, JSON.stringify(kept));
    return true;
  } catch {
    // Private mode or a full disk: the form still works, it just cannot keep a copy.
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
    window.sessionStorage.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}

/** Every Attune draft and key on this device, in both storages: sign-out and quick exit. */
export function clearAllDrafts(): void {
  for (const storage of [window.localStorage, window.sessionStorage]) {
    try {
      for (const key of Object.keys(storage))
        if (key.startsWith("attune:")) storage.removeItem(key);
    } catch {
      /* storage unavailable: nothing kept */
    }
  }
}

/** Drops own-device drafts older than the practice's draft days, whichever form they belong to. */
export function dropExpiredDrafts(draftDays: number): void {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (!key.startsWith(PREFIX)) continue;
      const draft = parse(window.localStorage.getItem(key));
      if (!draft || expired(draft, draftDays)) window.localStorage.removeItem(key);
    }
  } catch {
    /* storage unavailable or a broken entry: nothing to keep */
  }
}
