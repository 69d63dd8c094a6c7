import { expect, test } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { assignHomework } from "../src/server/assignments/assignments";
import {
  assignments,
  coupleItems,
  entries,
  programmeRuns,
  programmeWeeks,
} from "../src/server/db/schema";
import { mintPartnerLink } from "../src/server/partner-links/mint-link";
import { addDays, localDateOf } from "../src/timeline/weeks";
import { e2eDatabase } from "./database";
import { firstPartnerAndOwner, seedCouple } from "./seed";
import { expectAccessible, uniqueEmail } from "./support";

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const RITUAL = "A proper goodbye in the morning";
const plan = [
  "Noticing where we are",
  "Small rituals",
  "Feeling safe together",
  "Hurts and repairs",
  "Small wins",
  "Looking back, looking ahead",
].map((title) => ({ title, intention: `This week: ${title.toLowerCase()}.`, homework: [] }));

/**
 * Alex & Sam in week 1 of a six-week programme that began today, as the engine leaves it: the run,
 * its six weeks (week 1 assigned) and week 1's homework (a reflection and the ritual tracker, for
 * Alex), with one ritual the couple chose.
 */
async function seedWeekOne() {
  const { extra } = await seedCouple(
    { therapistEmail: uniqueEmail("programme-therapist") },
    async (db, { practiceId, coupleId }) => {
      const { alex, scope } = await firstPartnerAndOwner(db, { practiceId, coupleId });
      const today = localDateOf(new Date(), "UTC");
      const [run] = await db
        .insert(programmeRuns)
        .values({
          practiceId,
          coupleId,
          builtinKey: "six-week-reconnect",
          templateVersion: 1,
          title: "Six weeks to reconnect",
          weeks: plan,
          startsOn: today,
          startedByUserId: scope.userId,
        })
        .returning();
      const weeks = await db
        .insert(programmeWeeks)
        .values(
          plan.map((_, i) => ({
            practiceId,
            coupleId,
            runId: run!.id,
            weekNumber: i + 1,
            startsOn: addDays(today, 7 * i),
            endsOn: addDays(today, 7 * i + 6),
            status: i === 0 ? ("assigned" as const) : ("scheduled" as const),
            assignedAt: i === 0 ? new Date() : null,
          })),
        )
        .returning();
      await db.insert(coupleItems).values({
        practiceId,
        coupleId,
        type: "ritual",
        label: RITUAL,
        rhythm: "daily",
        createdByUserId: scope.userId,
      });
      for (const kind of ["reflection", "ritual_tracker"] as const) {
        const assigned = await assignHomework(db, scope, {
          coupleId,
          kind,
          partnerPositions: [1],
          cadence: kind === "reflection" ? "once" : "daily",
        });
        await db
          .update(assignments)
          .set({ programmeWeekId: weeks[0]!.id })
          .where(eq(assignments.id, assigned.id));
      }
      const minted = await mintPartnerLink(db, {
        practiceId,
        partnerId: alex.id,
        createdByUserId: null,
      });
      return { alexId: alex.id, link: new URL(minted.url).pathname };
    },
  );
  return extra;
}

async function storedOf(partnerId: string, kind: "reflection" | "ritual_tracker") {
  const { db, close } = e2eDatabase();
  try {
    return await db
      .select()
      .from(entries)
      .where(and(eq(entries.partnerId, partnerId), eq(entries.kind, kind)));
  } finally {
    await close();
  }
}

test("a partner in week 1: sees the week, writes a reflection, ticks a ritual offline and it arrives", async ({
  browser,
}) => {
  const { alexId, link } = await seedWeekOne();
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Continue" }).click();

  await test.step("the home says where they are, above the homework", async () => {
    await expect(page).toHaveURL(/\/c$/);
    const week = page.getByRole("region", { name: /Week 1 of 6/ });
    await expect(week.getByRole("heading")).toHaveText("Week 1 of 6: Noticing where we are");
    await expect(week.getByText("This week: noticing where we are.")).toBeVisible();
    const weekBox = await week.boundingBox();
    const homeworkBox = await page.getByRole("region", { name: "This week" }).boundingBox();
    expect(weekBox!.y).toBeLessThan(homeworkBox!.y);
    await expectAccessible(page);
  });

  await test.step("writes the starting-out reflection", async () => {
    await page
      .getByRole("region", { name: "This week" })
      .getByRole("link", { name: /Reflection/ })
      .click();
    await page.getByRole("radio", { name: /Starting out/ }).check();
    await page.getByLabel("What do I notice about us right now?").fill("Quiet evenings at home.");
    await page.getByLabel("What do I miss?").fill("Laughing together.");
    await page.getByLabel("One change I hope for").fill("One evening a week just for us.");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send to my therapist" }).click();
    await expect(page.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();
    const [reflection] = await storedOf(alexId, "reflection");
    expect(reflection?.payload).toMatchObject({
      stage: "start",
      hope: "One evening a week just for us.",
    });
  });

  await test.step("ticks a ritual while offline; it goes once when back online", async () => {
    await page.goto("/c");
    await page
      .getByRole("region", { name: "This week" })
      .getByRole("link", { name: /Our rituals/ })
      .click();
    await page.getByRole("checkbox", { name: RITUAL }).check();
    await expectAccessible(page);
    await page.context().setOffline(true);
    await page.getByRole("button", { name: "Send to my therapist" }).click();
    await expect(page.getByText(/You seem to be offline/)).toBeVisible();
    expect(await storedOf(alexId, "ritual_tracker")).toHaveLength(0);
    await page.context().setOffline(false);
    await expect(page.getByRole("heading", { name: "Saved. Thank you." })).toBeVisible();
    const ticked = await storedOf(alexId, "ritual_tracker");
    expect(ticked).toHaveLength(1);
    expect(ticked[0]!.payload).toMatchObject({ rituals: [{ label: RITUAL }] });
    await expectAccessible(page);
  });
});
