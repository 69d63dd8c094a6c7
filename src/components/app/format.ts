import type { CoupleStatus } from "~/domain/couple";

export const statusTone: Record<CoupleStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-amber-100 text-amber-900",
  discharged: "bg-slate-200 text-slate-800",
};
