import { getKind } from "~/homework/registry";
import type { KindKey } from "~/homework/types";
import type { Database } from "~/server/db/client";
import { entries, safetyFlags } from "~/server/db/schema";

/** Valid payloads with the numbers a fixture cares about, for entries seeded straight into the table. */
export const payloads = {
  hurt: (
    observation: string,
    category: string,
    intensity: number,
    minutesToRepair?: number,
  ): Record<string, unknown> => ({
    observation,
    category,
    feelings: ["hurt"],
    intensity,
    story: "not_a_priority",
    raised: true,
    repaired: minutesToRepair !== undefined,
    ...(minutesToRepair !== undefined
      ? { repairHow: "We talked.", repairedAfter: { amount: minutesToRepair, unit: "minutes" } }
      : {}),
  }),
  bid: (what: string, response: "toward" | "away" | "against") => ({
    direction: "made",
    what,
    response,
  }),
  cycle: (trigger: string, role: "pursue" | "withdraw") => ({
    trigger,
    role,
    ...(role === "pursue" ? { pursueMoves: ["protest"] } : { withdrawMoves: ["go_quiet"] }),
    toldAboutMe: role === "pursue" ? "If I don't push, nothing changes." : "I can't get it right.",
    reactiveEmotions: ["frustrated"],
    softerEmotions: ["lonely"],
    needs: ["close"],
    ending: "faded",
  }),
  /** CSI-4 answers that add up to `score` (0–21). */
  csi: (score: number) => {
    const happiness = Math.min(6, score);
    let rest = score - happiness;
    const item = () => {
      const value = Math.min(5, rest);
      rest -= value;
      return value;
    };
    return { happiness, warmth: item(), rewarding: item(), satisfaction: item() };
  },
};

export interface SeededEntry {
  practiceId: string;
  coupleId: string;
  partnerId: string;
  kind: KindKey;
  payload: Record<string, unknown>;
  occurredAt: string;
  visibility?: "private" | "shared";
  safetyFlag?: boolean;
  assignmentId?: string | null;
  /** the kind's current version unless a test stores an older one */
  schemaVersion?: number;
}

/** Entries written straight into the table, with exactly the instants and answers a test states. */
export async function seedEntries(db: Database, rows: SeededEntry[]) {
  const inserted = await db
    .insert(entries)
    .values(
      rows.map((r) => ({
        practiceId: r.practiceId,
        coupleId: r.coupleId,
        partnerId: r.partnerId,
        assignmentId: r.assignmentId ?? null,
        kind: r.kind,
        schemaVersion: r.schemaVersion ?? getKind(r.kind).version,
        payload: r.payload,
        occurredAt: new Date(r.occurredAt),
        visibility: r.visibility ?? "private",
        safetyFlag: r.safetyFlag ?? false,
        idempotencyKey: crypto.randomUUID(),
      })),
    )
    .returning({ id: entries.id });
  // A flagged entry raises a safety flag when it is sent; seeded ones get theirs here.
  const flags = rows.flatMap((r, i) =>
    r.safetyFlag
      ? [
          {
            practiceId: r.practiceId,
            coupleId: r.coupleId,
            partnerId: r.partnerId,
            source: "entry" as const,
            entryId: inserted[i]!.id,
            raisedAt: new Date(r.occurredAt),
          },
        ]
      : [],
  );
  if (flags.length > 0) await db.insert(safetyFlags).values(flags);
  return inserted.map((r) => r.id);
}
