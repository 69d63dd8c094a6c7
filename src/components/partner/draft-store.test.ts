import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  clearAllDrafts,
  draftKey,
  dropExpiredDrafts,
  loadDraft,
  newDraft,
  saveDraft,
} from "./draft-store";

/** Web Storage as a browser has it: items are the object's own keys, methods on the prototype. */
class MemoryStorage {
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? (this as unknown as Record<string, string>)[key]! : null;
  }
  setItem(key: string, value: string) {
    (this as unknown as Record<string, string>)[key] = String(value);
  }
  removeItem(key: string) {
    delete (this as unknown as Record<string, string>)[key];
  }
}

const own = { ownDevice: true, draftDays: 7 };
const shared = { ownDevice: false, draftDays: 7 };
const key = draftKey("partner-1", "assignment-1");
let local: MemoryStorage;
let session: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal("window", { localStorage: local, sessionStorage: session });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("drafts on a partner's device", () => {
  test("a shared device keeps the draft in this tab only, ticked safety box included", () => {
    saveDraft(key, { ...newDraft(), values: { what: "words" }, safetyFlag: true }, shared);
    expect(Object.keys(local)).toEqual([]);
    expect(loadDraft(key, shared)).toMatchObject({ values: { what: "words" }, safetyFlag: true });
  });

  test("their own device keeps it in localStorage, never the safety box", () => {
    saveDraft(key, { ...newDraft(), values: { what: "words" }, safetyFlag: true }, own);
    expect(Object.keys(session)).toEqual([]);
    expect(local.getItem(key)).not.toContain('"safetyFlag":true');
    expect(loadDraft(key, own)).toMatchObject({ values: { what: "words" }, safetyFlag: false });
  });

  test("on their own device a draft expires after the practice's draft days", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-01T12:00:00Z"));
    saveDraft(key, newDraft(), own);
    const other = draftKey("partner-1", "assignment-2");
    saveDraft(other, newDraft(), own);
    vi.setSystemTime(new Date("2026-11-08T11:00:00Z"));
    expect(loadDraft(key, own)).not.toBeNull();
    vi.setSystemTime(new Date("2026-11-08T13:00:00Z"));
    expect(loadDraft(key, own)).toBeNull();
    expect(local.getItem(key)).toBeNull();
    dropExpiredDrafts(7);
    expect(Object.keys(local)).toEqual([]);
  });

  test("changing the answer does not carry a draft across; leaving clears both storages", () => {
    saveDraft(key, newDraft(), own);
    expect(loadDraft(key, shared)).toBeNull();
    expect(local.getItem(key)).toBeNull();
    saveDraft(key, newDraft(), shared);
    saveDraft(draftKey("p", "a"), newDraft(), own);
    local.setItem("someone-else", "kept");
    clearAllDrafts();
    expect(Object.keys(session)).toEqual([]);
    expect(Object.keys(local)).toEqual(["someone-else"]);
  });
});
