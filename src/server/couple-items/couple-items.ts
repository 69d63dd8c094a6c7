import { and, asc, count, eq, isNull } from "drizzle-orm";
import { coupleItemLimits, coupleItemTypeLabel } from "~/domain/couple-items";
import type { CoupleItemType, RitualRhythm } from "~/domain/programmes";
import { actorWithoutAccount, recordAudit, type AuditScope } from "~/server/audit/record-audit";
import { visibleCouples } from "~/server/couples/visibility";
import type { Database, Executor } from "~/server/db/client";
import { coupleItems, couples } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import type { PartnerScope } from "~/server/partner-session/partner-scope";
import type { PracticeScope } from "~/server/practices/scope";
import type { AddCoupleItemInput, PartnerAddCoupleItemInput } from "~/validation/couple-items";

/**
 * A couple's own rituals and small wins, chosen in session by their therapist or by the couple
 * from a partner's form. Audit details carry the type and who chose it, never the label.
 */

const itemColumns = {
  id: coupleItems.id,
  type: coupleItems.type,
  label: coupleItems.label,
  rhythm: coupleItems.rhythm,
  archivedAt: coupleItems.archivedAt,
  createdAt: coupleItems.createdAt,
  byPartner: coupleItems.createdByPartnerId,
};

function itemsOf(db: Executor, practiceId: string, coupleId: string, activeOnly: boolean) {
  return db
    .select(itemColumns)
    .from(coupleItems)
    .where(
      and(
        eq(coupleItems.practiceId, practiceId),
        eq(coupleItems.coupleId, coupleId),
        activeOnly ? isNull(coupleItems.archivedAt) : undefined,
      ),
    )
    .orderBy(asc(coupleItems.createdAt), asc(coupleItems.id));
}

interface NewItem {
  practiceId: string;
  coupleId: string;
  type: CoupleItemType;
  label: string;
  rhythm: RitualRhythm | null;
  createdByUserId?: string;
  createdByPartnerId?: string;
}

/** Add an item within the couple's limit; the couple row is locked so two adds cannot pass it. */
async function insertItem(tx: Executor, actor: AuditScope, item: NewItem) {
  await tx
    .select({ id: couples.id })
    .from(couples)
    .where(and(eq(couples.id, item.coupleId), eq(couples.practiceId, item.practiceId)))
    .for("update");
  const [active] = await tx
    .select({ n: count() })
    .from(coupleItems)
    .where(
      and(
        eq(coupleItems.practiceId, item.practiceId),
        eq(coupleItems.coupleId, item.coupleId),
        eq(coupleItems.type, item.type),
        isNull(coupleItems.archivedAt),
      ),
    );
  const limit = coupleItemLimits[item.type];
  if ((active?.n ?? 0) >= limit) {
    const words = coupleItemTypeLabel[item.type];
    throw new DomainError(
      "CONFLICT",
      `A couple keeps at most ${limit} ${words.many} at a time. Archive one to add another.`,
      "label",
    );
  }
  const [row] = await tx.insert(coupleItems).values(item).returning(itemColumns);
  if (!row) throw new Error("insert returned no couple item");
  await recordAudit(
    tx,
    actor,
    "couple_item.added",
    { type: "couple_item", id: row.id, coupleId: item.coupleId },
    {
      itemType: item.type,
      rhythm: item.rhythm,
      chosenBy: item.createdByPartnerId ? "couple" : "therapist",
    },
  );
  return row;
}

/** Staff: a couple's rituals and small wins, archived ones included (marked). */
export async function coupleItemsForStaff(
  db: Executor,
  scope: PracticeScope,
  args: { coupleId: string },
) {
  const [couple] = await db
    .select({ id: couples.id })
    .from(couples)
    .where(and(eq(couples.id, args.coupleId), visibleCouples(scope)));
  if (!couple) throw notFound("That couple");
  return itemsOf(db, scope.practiceId, couple.id, false);
}

export async function addCoupleItem(db: Database, scope: PracticeScope, input: AddCoupleItemInput) {
  return db.transaction(async (tx) => {
    const [couple] = await tx
      .select({ id: couples.id })
      .from(couples)
      .where(and(eq(couples.id, input.coupleId), visibleCouples(scope)));
    if (!couple) throw notFound("That couple");
    return insertItem(tx, scope, {
      practiceId: scope.practiceId,
      coupleId: couple.id,
      type: input.type,
      label: input.label,
      rhythm: input.rhythm,
      createdByUserId: scope.userId,
    });
  });
}

/** A visible couple's item, locked for a change, or NOT_FOUND (another practice's included). */
async function lockVisibleItem(tx: Executor, scope: PracticeScope, itemId: string) {
  const [item] = await tx
    .select({
      id: coupleItems.id,
      coupleId: coupleItems.coupleId,
      archivedAt: coupleItems.archivedAt,
    })
    .from(coupleItems)
    .innerJoin(couples, eq(couples.id, coupleItems.coupleId))
    .where(and(eq(coupleItems.id, itemId), visibleCouples(scope)))
    .for("update", { of: coupleItems });
  if (!item) throw notFound("That ritual or small win");
  return item;
}

export async function renameCoupleItem(
  db: Database,
  scope: PracticeScope,
  args: { itemId: string; label: string },
) {
  await db.transaction(async (tx) => {
    const item = await lockVisibleItem(tx, scope, args.itemId);
    await tx
      .update(coupleItems)
      .set({ label: args.label })
      .where(and(eq(coupleItems.id, item.id), eq(coupleItems.practiceId, scope.practiceId)));
    await recordAudit(tx, scope, "couple_item.renamed", {
      type: "couple_item",
      id: item.id,
      coupleId: item.coupleId,
    });
  });
}

/** Archived items leave the partners' lists; entries that name them keep their words. */
export async function archiveCoupleItem(
  db: Database,
  scope: PracticeScope,
  args: { itemId: string },
) {
  await db.transaction(async (tx) => {
    const item = await lockVisibleItem(tx, scope, args.itemId);
    if (item.archivedAt) return;
    await tx
      .update(coupleItems)
      .set({ archivedAt: new Date() })
      .where(and(eq(coupleItems.id, item.id), eq(coupleItems.practiceId, scope.practiceId)));
    await recordAudit(tx, scope, "couple_item.archived", {
      type: "couple_item",
      id: item.id,
      coupleId: item.coupleId,
    });
  });
}

/** Partner: their couple's active rituals and small wins, for the forms. */
export function coupleItemsForPartner(db: Executor, scope: PartnerScope) {
  return itemsOf(db, scope.practiceId, scope.coupleId, true);
}

/** Partner: a ritual or small win the couple chose together, added from the form. */
export async function addCoupleItemAsPartner(
  db: Database,
  scope: PartnerScope,
  input: PartnerAddCoupleItemInput,
) {
  return db.transaction((tx) =>
    insertItem(tx, actorWithoutAccount(scope.practiceId), {
      practiceId: scope.practiceId,
      coupleId: scope.coupleId,
      type: input.type,
      label: input.label,
      rhythm: input.rhythm,
      createdByPartnerId: scope.partnerId,
    }),
  );
}

/**
 * The couple's rituals and small wins an entry names, each checked to be the author's couple's
 * own (archived ones too: a phone that was offline may send a tick made before the archive),
 * and written with the item's label and rhythm as stored, whatever the device sent.
 */
export async function withCheckedCoupleItems(
  db: Executor,
  scope: PartnerScope,
  fields: { name: string; itemType: CoupleItemType }[],
  payload: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (fields.length === 0) return payload;
  const items = new Map(
    (await itemsOf(db, scope.practiceId, scope.coupleId, false)).map((item) => [item.id, item]),
  );
  const checked = { ...payload };
  for (const field of fields) {
    const value = payload[field.name];
    if (value === undefined) continue;
    const refs: unknown[] = Array.isArray(value) ? value : [value];
    const resolved = refs.map((ref) => {
      const id = typeof ref === "object" && ref !== null && "id" in ref ? ref.id : null;
      const item = typeof id === "string" ? items.get(id) : undefined;
      if (!item || item.type !== field.itemType) {
        const words = coupleItemTypeLabel[field.itemType];
        throw new DomainError(
          "BAD_REQUEST",
          `Choose one of your own ${words.many}.`,
          `payload.${field.name}`,
        );
      }
      return item.type === "ritual"
        ? { id: item.id, label: item.label, rhythm: item.rhythm ?? "daily" }
        : { id: item.id, label: item.label };
    });
    checked[field.name] = Array.isArray(value) ? resolved : resolved[0];
  }
  return checked;
}
