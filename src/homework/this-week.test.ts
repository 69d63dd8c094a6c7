import { describe, expect, test } from "vitest";
import { thisWeek, weekStatus, type HomeworkDone } from "./this-week";

// Wednesday 2 December 2026; its week runs Monday 30 November to Sunday 6 December.
const today = "2026-12-02";
const format = (iso: string) => `<${iso}>`;
const none = { total: 0, today: 0, thisWeek: 0, dueOn: null };
const status = (item: Partial<HomeworkDone> & Pick<HomeworkDone, "cadence">) =>
  weekStatus({ ...none, ...item }, today, format);

describe("where homework stands this week", () => {
  test("once: to do, due on a day this week, overdue, or done", () => {
    expect(status({ cadence: "once" })).toEqual({ state: "due", label: "To do" });
    expect(status({ cadence: "once", dueOn: today })).toEqual({ state: "due", label: "Due today" });
    expect(status({ cadence: "once", dueOn: "2026-12-03" }).label).toBe("Due tomorrow");
    expect(status({ cadence: "once", dueOn: "2026-12-06" })).toEqual({
      state: "due",
      label: "Due <2026-12-06>",
    });
    expect(status({ cadence: "once", dueOn: "2026-12-07" }).state).toBe("open");
    expect(status({ cadence: "once", dueOn: "2026-12-01" })).toEqual({
      state: "overdue",
      label: "Was due <2026-12-01>",
    });
    expect(status({ cadence: "once", dueOn: "2026-12-01", total: 1 }).state).toBe("done");
  });

  test("daily counts today; weekly counts this week; whenever is never due", () => {
    expect(status({ cadence: "daily", thisWeek: 3 }).label).toBe("To do today");
    expect(status({ cadence: "daily", today: 1, thisWeek: 3 }).label).toBe("Done today");
    expect(status({ cadence: "weekly", total: 9 }).label).toBe("To do this week");
    expect(status({ cadence: "weekly", thisWeek: 1 }).label).toBe("Done this week");
    expect(status({ cadence: "whenever", total: 28 })).toEqual({
      state: "open",
      label: "Whenever it happens",
    });
    expect(status({ cadence: "whenever", thisWeek: 2 }).label).toBe(
      "Whenever it happens · 2 this week",
    );
  });

  test("the list leads with what is overdue and due, and ends with what is done", () => {
    const items = [
      { id: "done", cadence: "daily" as const, ...none, today: 1 },
      { id: "whenever", cadence: "whenever" as const, ...none },
      { id: "due", cadence: "weekly" as const, ...none },
      { id: "late", cadence: "once" as const, ...none, dueOn: "2026-11-20" },
    ];
    expect(thisWeek(items, today, format).map((i) => i.id)).toEqual([
      "late",
      "due",
      "whenever",
      "done",
    ]);
  });
});
