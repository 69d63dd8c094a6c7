export function personName(person: { name: string | null; email: string }): string {
  return person.name ?? person.email;
}

export const statusLabel = {
  active: "Active",
  paused: "Paused",
  discharged: "Discharged",
} as const;
export const statusTone = {
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-amber-100 text-amber-900",
  discharged: "bg-slate-200 text-slate-800",
} as const;
