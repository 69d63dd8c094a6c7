import { describe, expect, test } from "vitest";
import { linkSummary } from "./link-summary";

const now = new Date("2025-03-10T12:00:00Z");
const later = new Date("2025-03-20T12:00:00Z");

describe("linkSummary", () => {
  test("no working link", () => {
    expect(linkSummary([], "p1", now).description).toBe("No working link.");
  });

  test("counts only this partner's links and reports the latest opening", () => {
    const rows = [
      { partnerId: "p1", expiresAt: later, lastOpenedAt: new Date("2025-03-07T09:00:00Z") },
      { partnerId: "p1", expiresAt: later, lastOpenedAt: null },
      { partnerId: "p2", expiresAt: later, lastOpenedAt: new Date("2025-03-10T09:00:00Z") },
    ];
    expect(linkSummary(rows, "p1", now).description).toBe(
      "2 working links · last opened 3 days ago",
    );
    expect(linkSummary(rows, "p2", now).description).toBe("1 working link · last opened today");
  });

  test("a batched homework email on its way says so, with or without a working link", () => {
    const pending = [{ partnerId: "p1" }];
    expect(linkSummary([], "p1", now, pending).description).toBe(
      "A homework email with a new link is on its way.",
    );
    expect(linkSummary([], "p2", now, pending).description).toBe("No working link.");
    const rows = [{ partnerId: "p1", expiresAt: later, lastOpenedAt: null }];
    expect(linkSummary(rows, "p1", now, pending).description).toBe(
      "1 working link · not opened yet. A homework email with a new link is on its way.",
    );
  });

  test("a link never opened says so", () => {
    const rows = [{ partnerId: "p1", expiresAt: later, lastOpenedAt: null }];
    expect(linkSummary(rows, "p1", now).description).toBe("1 working link · not opened yet");
  });
});
