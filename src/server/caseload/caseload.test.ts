import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { couples } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { coupleInput, seedCouple, seedPractice, rejectsWith } from "~/test/factories";

const db = testDatabase();
type Practice = Awaited<ReturnType<typeof seedPractice>>;

/** A couple with a fixed label and partner names (labels are per practice, so they need not be unique). */
async function couple(
  p: Practice,
  therapistUserId: string,
  label: string,
  names: [string, string] = ["Alex", "Sam"],
) {
  const input = coupleInput(therapistUserId, label);
  input.partners[0].displayName = names[0];
  input.partners[1].displayName = names[1];
  return seedCouple(p, therapistUserId, input);
}

async function setStatus(
  p: Practice,
  coupleId: string,
  status: "active" | "paused" | "discharged",
) {
  await p.owner.api.couples.setStatus({ practiceId: p.practiceId, coupleId, status });
}

describe("caseload.list", () => {
  test("a therapist sees only the couples they treat, whatever the filter says", async () => {
    const p = await seedPractice(db);
    const mine = await couple(p, p.therapist.user.id, "Mine");
    await couple(p, p.otherTherapist.user.id, "Theirs");
    const list = (filter: object) =>
      p.therapist.api.caseload.list({ practiceId: p.practiceId, status: "all", ...filter });
    expect((await list({})).map((c) => c.id)).toEqual([mine]);
    expect(await list({ therapistUserId: p.otherTherapist.user.id })).toEqual([]);
    expect(await list({ search: "Theirs" })).toEqual([]);
  });

  test("managers see the whole practice and can narrow it to one therapist", async () => {
    const p = await seedPractice(db);
    const a = await couple(p, p.therapist.user.id, "A couple", ["Ann", "Bo"]);
    const b = await couple(p, p.otherTherapist.user.id, "B couple");
    const all = await p.admin.api.caseload.list({ practiceId: p.practiceId, status: "all" });
    expect(all.map((c) => c.id)).toEqual([a, b]);
    expect(all[0]).toEqual({
      id: a,
      label: "A couple",
      status: "active",
      therapist: {
        userId: p.therapist.user.id,
        name: p.therapist.user.name,
        email: p.therapist.user.email,
      },
      partnerNames: ["Ann", "Bo"],
      lastActivityAt: null,
      openHomework: 0,
      newEntries: 0,
      safetyFlags: 0,
      overdueHomework: 0,
      lastSessionOn: null,
    });
    const narrowed = await p.owner.api.caseload.list({
      practiceId: p.practiceId,
      status: "all",
      therapistUserId: p.otherTherapist.user.id,
    });
    expect(narrowed.map((c) => c.id)).toEqual([b]);
  });

  test("status filters: current (the default) is active and paused; each status alone; all", async () => {
    const p = await seedPractice(db);
    const active = await couple(p, p.therapist.user.id, "1 active");
    const paused = await couple(p, p.therapist.user.id, "2 paused");
    const discharged = await couple(p, p.therapist.user.id, "3 discharged");
    await setStatus(p, paused, "paused");
    await setStatus(p, discharged, "discharged");
    const ids = async (status?: "current" | "active" | "paused" | "discharged" | "all") =>
      (await p.therapist.api.caseload.list({ practiceId: p.practiceId, status })).map((c) => c.id);
    expect(await ids()).toEqual([active, paused]);
    expect(await ids("current")).toEqual([active, paused]);
    expect(await ids("active")).toEqual([active]);
    expect(await ids("paused")).toEqual([paused]);
    expect(await ids("discharged")).toEqual([discharged]);
    expect(await ids("all")).toEqual([active, paused, discharged]);
  });

  test("most recent activity first, never-active couples last, then by label", async () => {
    const p = await seedPractice(db);
    const quiet = await couple(p, p.therapist.user.id, "A quiet");
    const older = await couple(p, p.therapist.user.id, "B older");
    const recent = await couple(p, p.therapist.user.id, "C recent");
    await db
      .update(couples)
      .set({ lastActivityAt: new Date(Date.now() - 86_400_000) })
      .where(eq(couples.id, older));
    await db.update(couples).set({ lastActivityAt: new Date() }).where(eq(couples.id, recent));
    const list = await p.therapist.api.caseload.list({ practiceId: p.practiceId });
    expect(list.map((c) => c.id)).toEqual([recent, older, quiet]);
  });

  test("search matches the label or a partner's name, ignoring case and surrounding spaces", async () => {
    const p = await seedPractice(db);
    const byLabel = await couple(p, p.therapist.user.id, "Harbour family", ["Pat", "Lee"]);
    const byPartner = await couple(p, p.therapist.user.id, "Other", ["Morgan", "Harbourne"]);
    await couple(p, p.therapist.user.id, "Unrelated", ["Quinn", "Rae"]);
    const search = async (text: string) =>
      (await p.therapist.api.caseload.list({ practiceId: p.practiceId, search: text })).map(
        (c) => c.id,
      );
    expect(await search("  harbour ")).toEqual([byLabel, byPartner]);
    expect(await search("MORGAN")).toEqual([byPartner]);
    expect(await search("nobody")).toEqual([]);
    expect(await search("   ")).toHaveLength(3);
  });

  test("% and _ in a search are literal characters, not wildcards", async () => {
    const p = await seedPractice(db);
    const percent = await couple(p, p.therapist.user.id, "100% in");
    const underscore = await couple(p, p.therapist.user.id, "Kim_Lee");
    await couple(p, p.therapist.user.id, "1000 in");
    await couple(p, p.therapist.user.id, "KimxLee", ["Pat", "Lee"]);
    const partner = await couple(p, p.therapist.user.id, "Plain", ["Jo_Jo", "Max"]);
    const search = async (text: string) =>
      (await p.therapist.api.caseload.list({ practiceId: p.practiceId, search: text })).map(
        (c) => c.id,
      );
    expect(await search("%")).toEqual([percent]);
    expect(await search("0%")).toEqual([percent]);
    expect(await search("_")).toEqual([underscore, partner]);
    expect(await search("m_L")).toEqual([underscore]);
    expect(await search("\\")).toEqual([]);
  });

  test("rejects an unknown status or an overlong search (BAD_REQUEST)", async () => {
    const p = await seedPractice(db);
    const bogus = { practiceId: p.practiceId, status: "archived" } as unknown as {
      practiceId: string;
    };
    await rejectsWith(p.owner.api.caseload.list(bogus), "BAD_REQUEST");
    await rejectsWith(
      p.owner.api.caseload.list({ practiceId: p.practiceId, search: "x".repeat(101) }),
      "BAD_REQUEST",
    );
  });

  test("OUTSIDER: practice B naming practice A gets NOT_FOUND; B's caseload never holds A's couples", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const theirs = await couple(a, a.therapist.user.id, "Shared label");
    const ours = await couple(b, b.therapist.user.id, "Shared label");
    await rejectsWith(b.owner.api.caseload.list({ practiceId: a.practiceId }), "NOT_FOUND");
    await expect(b.therapist.api.caseload.list({ practiceId: a.practiceId })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    const list = (filter: object) =>
      b.owner.api.caseload.list({ practiceId: b.practiceId, status: "all", ...filter });
    expect((await list({})).map((c) => c.id)).toEqual([ours]);
    expect((await list({ search: "Shared" })).map((c) => c.id)).toEqual([ours]);
    expect(await list({ therapistUserId: a.therapist.user.id })).toEqual([]);
    expect(
      (await a.owner.api.caseload.list({ practiceId: a.practiceId })).map((c) => c.id),
    ).toEqual([theirs]);
  });
});
