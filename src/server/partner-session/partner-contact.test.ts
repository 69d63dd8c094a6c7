import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, partners, practices } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { openAsPartner, seedCoupleWithPartners } from "~/test/homework-factories";

const db = testDatabase();

describe("a partner's email and contact choices", () => {
  test("follow the practice until chosen; saved for this partner only; audited without values", async () => {
    const { p, coupleId, a, b } = await seedCoupleWithPartners(db);
    await db.update(practices).set({ discreetEmails: true }).where(eq(practices.id, p.practiceId));
    const alex = await openAsPartner(db, p, a.id);
    expect(await alex.api.partner.contact()).toEqual({
      discreetEmails: true,
      phone: null,
      emergencyContact: null,
    });
    await alex.api.partner.updateContact({
      discreetEmails: false,
      phone: "+1 (555) 010-0199",
      emergencyContact: "My sister Jo",
    });
    const rows = await db.select().from(partners).where(eq(partners.coupleId, coupleId));
    expect(rows.find((r) => r.id === a.id)).toMatchObject({
      discreetEmails: false,
      phone: "+1 (555) 010-0199",
      emergencyContact: "My sister Jo",
    });
    expect(rows.find((r) => r.id === b.id)).toMatchObject({
      discreetEmails: null,
      phone: null,
      emergencyContact: null,
    });
    const events = await db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.subjectId, a.id), eq(auditEvents.action, "partner.contact_changed")),
      );
    expect(events).toEqual([
      {
        action: "partner.contact_changed",
        details: { fields: ["discreetEmails", "phone", "emergencyContact"] },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/555|Jo/);
  });

  test("a phone number with letters is refused with a clear message, and nothing changes", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const alex = await openAsPartner(db, p, a.id);
    await expect(
      alex.api.partner.updateContact({
        discreetEmails: true,
        phone: "call me maybe",
        emergencyContact: "",
      }),
    ).rejects.toThrow(/Use only digits/);
    const [row] = await db.select().from(partners).where(eq(partners.id, a.id));
    expect(row).toMatchObject({ discreetEmails: null, phone: null });
  });

  test("a link shown on a staff screen can neither read nor change them", async () => {
    const { p, a } = await seedCoupleWithPartners(db);
    const shown = await openAsPartner(db, p, a.id, { via: "screen" });
    await expect(shown.api.partner.contact()).rejects.toThrow(/link emailed to you/);
    await expect(
      shown.api.partner.updateContact({ discreetEmails: true, phone: "", emergencyContact: "" }),
    ).rejects.toThrow(/link emailed to you/);
    const [row] = await db.select().from(partners).where(eq(partners.id, a.id));
    expect(row!.discreetEmails).toBeNull();
  });
});
