import Link from "next/link";
import type { Role } from "~/domain/practice";
import { SignOutButton } from "./sign-out-button";

interface Props {
  practice: { id: string; name: string; role: Role };
  practiceCount: number;
  /** The signed-in person's name, or their email until they give one. */
  userLabel: string;
}

export function AppHeader({ practice, practiceCount, userLabel }: Props) {
  const base = `/p/${practice.id}`;
  const links = [
    { href: base, label: "Caseload" },
    { href: `${base}/couples/new`, label: "Add couple" },
    { href: `${base}/homework`, label: "Homework" },
    { href: `${base}/programmes`, label: "Programmes" },
    ...(practice.role === "therapist"
      ? []
      : [
          { href: `${base}/members`, label: "Team" },
          { href: `${base}/audit`, label: "Audit log" },
          { href: `${base}/settings`, label: "Settings" },
          { href: `${base}/billing`, label: "Billing" },
          { href: `${base}/balance`, label: "Balance" },
        ]),
    ...(practice.role === "owner" ? [{ href: `${base}/export`, label: "Export" }] : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <div className="flex min-w-0 items-center gap-3">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            Attune
          </Link>
          <span className="truncate text-sm text-slate-700" title={practice.name}>
            {practice.name}
          </span>
          {practiceCount > 1 ? (
            <Link href="/practices" className="text-sm font-medium text-brand-700 underline">
              Switch practice
            </Link>
          ) : null}
        </div>
        <div className="flex items-center gap-2">
          <Link
            href="/profile"
            className="hidden text-sm text-slate-700 underline-offset-2 hover:underline sm:inline"
            title="Your profile"
          >
            {userLabel}
          </Link>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="Practice" className="mx-auto max-w-6xl px-4">
        <ul className="flex gap-1 overflow-x-auto">
          {links.map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                className="inline-block min-h-11 rounded-t-md px-3 py-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100"
              >
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
