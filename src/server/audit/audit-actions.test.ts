import { describe, expect, test } from "vitest";
import { testDatabase } from "~/test/db";
import { auditTrail, seedPractice } from "~/test/factories";
import { auditActionLabel, auditActionLabels, ZAuditActionSchema } from "./audit-actions";
import { recordAudit } from "./record-audit";

const db = testDatabase();
const actions = ZAuditActionSchema.options;

describe("the closed list of audit actions", () => {
  test("every action is noun.verb in snake_case, and its noun is singular", () => {
    for (const action of actions) {
      expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
      expect(action.split(".")[0]).not.toMatch(/s$/);
    }
  });

  test("every action has its own label, so the audit log tells them apart", () => {
    const labels = actions.map((a) => auditActionLabels[a]);
    expect(labels.every((l) => l.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(actions.length);
    expect(auditActionLabel("session.recorded")).toBe("Recorded a session");
  });

  test("a stored name the list does not know is shown as stored", () => {
    expect(auditActionLabel("legacy.thing")).toBe("legacy.thing");
  });

  test("recording an action outside the list fails and stores nothing", async () => {
    const p = await seedPractice(db);
    const scope = { practiceId: p.practiceId, userId: p.owner.user.id };
    const before = await auditTrail(db, p.practiceId);
    await expect(
      // @ts-expect-error -- the old plural name is not in the closed list
      recordAudit(db, scope, "sessions.viewed", { type: "practice", id: p.practiceId }),
    ).rejects.toThrow();
    expect(await auditTrail(db, p.practiceId)).toEqual(before);
  });
});
