import type { ReactNode } from "react";
import { AppHeader } from "~/components/app/app-header";
import { orNotFound } from "~/components/app/server-call";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { BillingBanner } from "./billing-banner";

export default async function PracticeLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const user = await requireUser(`/p/${practiceId}`, { practiceId });
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  const all = await caller.practices.mine();
  const standing = await caller.billing.standing({ practiceId });
  return (
    <>
      <AppHeader
        practice={practice}
        practiceCount={all.length}
        userLabel={user.name ?? user.email}
      />
      <BillingBanner
        standing={standing}
        role={practice.role}
        practiceId={practiceId}
        dates={{ style: practice.dateStyle, timeZone: practice.timeZone }}
      />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </>
  );
}
