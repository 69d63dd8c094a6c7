import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "~/components/ui/button";
import { Card, PageTitle } from "~/components/ui/card";
import { CenteredPage } from "~/components/app/centered-page";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { roleLabel } from "~/domain/practice";

export const metadata: Metadata = { title: "Your practices" };

export default async function PracticesPage() {
  await requireUser("/practices");
  const practices = await (await api()).practices.mine();
  return (
    <CenteredPage>
      <PageTitle
        action={
          <ButtonLink href="/practices/new" variant="secondary">
            New practice
          </ButtonLink>
        }
      >
        Your practices
      </PageTitle>
      <Card>
        {practices.length === 0 ? (
          <p className="text-slate-700">
            You are not a member of a practice yet. Create one, or accept an invitation from your
            email.
          </p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {practices.map((p) => (
              <li key={p.id}>
                <Link
                  href={`/p/${p.id}`}
                  className="flex min-h-11 items-center justify-between py-3 hover:text-brand-700"
                >
                  <span className="font-medium">{p.name}</span>
                  <span className="text-sm text-slate-600">{roleLabel[p.role]}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </CenteredPage>
  );
}
