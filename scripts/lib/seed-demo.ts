import { eq } from "drizzle-orm";
import type { Database } from "../../src/server/db/client";
import { memberships, practiceBilling, practices, users } from "../../src/server/db/schema";
import { createCouple, setCoupleStatus } from "../../src/server/couples/couples";
import { createPractice } from "../../src/server/practices/practices";
import type { PracticeScope } from "../../src/server/practices/scope";
import { demoHistories } from "./demo/histories";
import { seedHomeworkHistory } from "./demo/seed-homework";
import { seedDemoTherapySessions } from "./demo/seed-therapy-sessions";
import { seedProgrammeCouple } from "./demo/seed-programme";

export const DEMO_PRACTICE = "Harbour Couples Therapy";

export const demoStaff = [
  { email: "owner@attune.demo", name: "Dana Reyes", role: "owner" },
  { email: "therapist@attune.demo", name: "Morgan Ellis", role: "therapist" },
  { email: "therapist2@attune.demo", name: "Priya Shah", role: "therapist" },
] as const;

const demoCouples = [
  { label: "Alex & Sam", partners: ["Alex", "Sam"], therapist: 1, status: "active" },
  { label: "Jordan & Casey", partners: ["Jordan", "Casey"], therapist: 1, status: "active" },
  { label: "Riley & Taylor", partners: ["Riley", "Taylor"], therapist: 1, status: "paused" },
  { label: "Noor & Elias", partners: ["Noor", "Elias"], therapist: 2, status: "active" },
  { label: "Maya & Chris", partners: ["Maya", "Chris"], therapist: 2, status: "active" },
  { label: "Lena & Tom", partners: ["Lena", "Tom"], therapist: 0, status: "discharged" },
  { label: "Jamie & Robin", partners: ["Jamie", "Robin"], therapist: 1, status: "active" },
] as const;

/** The demo practice, its staff and couples: created once, left alone after that. */
export async function seedDemo(db: Database): Promise<{ created: boolean }> {
  const [existing] = await db.select().from(users).where(eq(users.email, demoStaff[0].email));
  if (existing) return { created: false };

  const staff = await db
    .insert(users)
    .values(demoStaff.map(({ email, name }) => ({ email, name, emailVerified: new Date() })))
    .returning();
  const byEmail = (email: string) => staff.find((u) => u.email === email)!;
  const owner = byEmail(demoStaff[0].email);
  const practice = await createPractice(db, {
    userId: owner.id,
    name: DEMO_PRACTICE,
    timeZone: "America/New_York",
  });
  // The demo is a known practice: no new-practice email cap.
  await db.update(practices).set({ verifiedAt: new Date() }).where(eq(practices.id, practice.id));
  // The demo is never billed, whatever the server's billing settings.
  await db
    .update(practiceBilling)
    .set({ exempt: true })
    .where(eq(practiceBilling.practiceId, practice.id));
  await db
    .insert(memberships)
    .values(
      demoStaff
        .filter((s) => s.role !== "owner")
        .map((s) => ({ practiceId: practice.id, userId: byEmail(s.email).id, role: s.role })),
    );

  const scope: PracticeScope = { practiceId: practice.id, userId: owner.id, role: "owner" };
  for (const couple of demoCouples) {
    const therapist = byEmail(demoStaff[couple.therapist].email);
    const [first, second] = couple.partners;
    const created = await createCouple(db, scope, {
      label: couple.label,
      timeZone: "America/New_York",
      therapistUserId: therapist.id,
      partners: [
        { displayName: first, email: `${first.toLowerCase()}@client.attune.demo` },
        { displayName: second, email: `${second.toLowerCase()}@client.attune.demo` },
      ],
    });
    if (couple.status !== "active") {
      await setCoupleStatus(db, scope, { coupleId: created.id, status: couple.status });
    }
  }
  for (const history of demoHistories) {
    const couple = demoCouples.find((c) => c.label === history.label)!;
    const therapist = byEmail(demoStaff[couple.therapist].email);
    await seedHomeworkHistory(db, practice.id, therapist.id, history);
    await seedDemoTherapySessions(db, practice.id, therapist.id, history);
  }
  // In week 4 of the six-week plan: the programme card, "Week 4 of 6" and the bands have data.
  await seedProgrammeCouple(db, practice.id, byEmail(demoStaff[1].email).id, "Jamie & Robin");
  return { created: true };
}
