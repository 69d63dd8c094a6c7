import type { CoupleStatus } from "~/domain/couple";

export function personName(person: { name: string | null; email: string }): string {
  return person.name ?? person.email;
}

export const statusTone: Record<CoupleStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-amber-100 text-amber-900",
  discharged: "bg-slate-200 text-slate-800",
};
