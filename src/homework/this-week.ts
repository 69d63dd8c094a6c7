import type { Cadence } from "~/domain/homework";
import { addDays, mondayOf } from "~/timeline/weeks";

/** An open assignment with how often the partner did it: ever, today and this week (their zone). */
export interface HomeworkDone {
  cadence: Cadence;
  /** a calendar date "2026-11-16", or null */
  dueOn: string | null;
  total: number;
  today: number;
  thisWeek: number;
}

/** Where a piece of homework stands this week, most pressing first. */
type WeekState = "overdue" | "due" | "open" | "done";

export interface WeekStatus {
  state: WeekState;
  /** "Due today", "Due Friday", "Done this week", "Whenever it happens · 2 this week" */
  label: string;
}

const ORDER: Record<WeekState, number> = { overdue: 0, due: 1, open: 2, done: 3 };

/** Formats a calendar date the partner's way ("Dec 4" / "4 Dec"). */
type DayFormat = (isoDate: string) => string;

function dueLabel(dueOn: string, today: string, format: DayFormat): WeekStatus {
  if (dueOn < today) return { state: "overdue", label: `Was due ${format(dueOn)}` };
  if (dueOn === today) return { state: "due", label: "Due today" };
  if (dueOn === addDays(today, 1)) return { state: "due", label: "Due tomorrow" };
  const inWeek = dueOn <= addDays(mondayOf(today), 6);
  return { state: inWeek ? "due" : "open", label: `Due ${format(dueOn)}` };
}

/**
 * What a piece of homework asks of the partner this week (a Monday-to-Sunday week in their own
 * time zone), in words: done once, done today, done this week, or whenever it happens.
 */
export function weekStatus(item: HomeworkDone, today: string, format: DayFormat): WeekStatus {
  switch (item.cadence) {
    case "once":
      if (item.total > 0) return { state: "done", label: "Done" };
      return item.dueOn ? dueLabel(item.dueOn, today, format) : { state: "due", label: "To do" };
    case "daily":
      return item.today > 0
        ? { state: "done", label: "Done today" }
        : { state: "due", label: "To do today" };
    case "weekly":
      if (item.thisWeek > 0) return { state: "done", label: "Done this week" };
      return item.dueOn && item.dueOn >= today
        ? dueLabel(item.dueOn, today, format)
        : { state: "due", label: "To do this week" };
    case "whenever":
      return {
        state: "open",
        label:
          item.thisWeek > 0
            ? `Whenever it happens · ${item.thisWeek} this week`
            : "Whenever it happens",
      };
  }
}

/** The week's homework, most pressing first; equal ones keep their order (by due date). */
export function thisWeek<T extends HomeworkDone>(
  items: T[],
  today: string,
  format: DayFormat,
): (T & { status: WeekStatus })[] {
  return items
    .map((item) => ({ ...item, status: weekStatus(item, today, format) }))
    .sort((a, b) => ORDER[a.status.state] - ORDER[b.status.state]);
}
