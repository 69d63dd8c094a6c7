import type { Database } from "~/server/db/client";
import { seedCoupleWithPartners } from "./homework-factories";
import { payloads, seedEntries } from "./timeline-factories";

// London is on GMT throughout: wall clock and UTC agree, so the fixture reads plainly.
export const fixtureRange = { from: "2026-03-02", to: "2026-03-15" };

/**
 * Two weeks (Mon 2 – Sun 15 March 2026) and the two before them. Alex logs the phone three times
 * in nine days; a CSI-4 drop from 16 to 12 crosses the 13.5 cut-off.
 */
export async function seedTimelineFixture(db: Database) {
  const scene = await seedCoupleWithPartners(db);
  const { p, coupleId, a, b } = scene;
  const at = (partnerId: string) => ({ practiceId: p.practiceId, coupleId, partnerId });
  const rows = [
    // the previous period (16 Feb – 1 Mar)
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-02-20T19:00:00Z",
      payload: payloads.hurt("Sighed when I asked.", "tone", 3, 120),
    },
    { ...at(a.id), kind: "csi4", occurredAt: "2026-02-22T10:00:00Z", payload: payloads.csi(16) },
    {
      ...at(b.id),
      kind: "micro_hurt",
      occurredAt: "2026-03-01T23:30:00Z",
      payload: payloads.hurt("Late again.", "promise_dissolved", 2),
    },
    // this period
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-03-02T20:00:00Z",
      payload: payloads.hurt("Scrolled while I talked.", "phone", 6, 30),
      visibility: "shared",
    },
    {
      ...at(b.id),
      kind: "bid",
      occurredAt: "2026-03-03T08:00:00Z",
      payload: payloads.bid("Asked about my day", "toward"),
    },
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-03-04T21:00:00Z",
      payload: payloads.hurt("Phone at dinner.", "phone", 4),
    },
    {
      ...at(a.id),
      kind: "cycle_map",
      occurredAt: "2026-03-05T20:00:00Z",
      payload: {
        ...payloads.cycle("Planning the week.", "pursue"),
        partnerMoveAfterPush: "withdraw",
      },
    },
    {
      ...at(b.id),
      kind: "cycle_map",
      occurredAt: "2026-03-05T22:00:00Z",
      payload: payloads.cycle("Being chased about plans.", "withdraw"),
    },
    { ...at(a.id), kind: "csi4", occurredAt: "2026-03-08T09:00:00Z", payload: payloads.csi(12) },
    { ...at(b.id), kind: "csi4", occurredAt: "2026-03-08T09:30:00Z", payload: payloads.csi(15) },
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-03-10T19:00:00Z",
      payload: payloads.hurt("Phone in bed.", "phone", 8, 90),
    },
    {
      ...at(b.id),
      kind: "micro_hurt",
      occurredAt: "2026-03-11T08:00:00Z",
      payload: payloads.hurt("Snapped at me.", "tone", 5, 60),
      safetyFlag: true,
    },
    {
      ...at(b.id),
      kind: "bid",
      occurredAt: "2026-03-12T18:00:00Z",
      payload: payloads.bid("Showed a photo", "away"),
    },
    {
      ...at(b.id),
      kind: "soft_checkin",
      occurredAt: "2026-03-15T23:59:00Z",
      payload: { appreciation: "The coffee.", need: "Time.", plan: "A walk." },
    },
    // after the period, and long before anything the builder reads
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-03-16T00:30:00Z",
      payload: payloads.hurt("After.", "phone", 9),
    },
    {
      ...at(a.id),
      kind: "micro_hurt",
      occurredAt: "2026-01-01T12:00:00Z",
      payload: payloads.hurt("Before.", "phone", 9),
    },
  ] as const;
  const seeded = await seedEntries(
    db,
    rows.map((r) => ({ ...r })),
  );
  // Another couple of the same practice, same days: never part of this timeline.
  const other = await p.owner.api.couples.create({
    practiceId: p.practiceId,
    label: "Other couple",
    timeZone: "Europe/London",
    therapistUserId: p.therapist.user.id,
    partners: [
      { displayName: "Kim", email: null },
      { displayName: "Lee", email: null },
    ],
  });
  const [kim] = await p.owner.api.couples
    .get({ practiceId: p.practiceId, coupleId: other.id })
    .then((c) => c.partners);
  await seedEntries(db, [
    {
      practiceId: p.practiceId,
      coupleId: other.id,
      partnerId: kim!.id,
      kind: "micro_hurt",
      occurredAt: "2026-03-03T12:00:00Z",
      payload: payloads.hurt("Not ours.", "phone", 7),
    },
  ]);
  const id = (occurredAt: string) => seeded[rows.findIndex((r) => r.occurredAt === occurredAt)]!;
  const ids = (...at: string[]) => at.map(id).sort();
  return { ...scene, id, ids };
}
