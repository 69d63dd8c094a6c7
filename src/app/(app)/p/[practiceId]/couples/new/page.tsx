import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { staffName } from "~/domain/people";
import { Card, PageTitle } from "~/components/ui/card";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { allTimeZones } from "~/validation/common";
import { timeZoneChoices } from "~/dates/time-zones";
import { CreateCoupleForm } from "./create-couple-form";

export const metadata: Metadata = { title: "Add a couple" };

export default async function NewCouplePage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const user = await requireUser(`/p/${practiceId}/couples/new`);
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  const members = practice.role === "therapist" ? null : await caller.members.list({ practiceId });
  return (
    <>
      <PageTitle>Add a couple</PageTitle>
      <Card className="max-w-2xl">
        <CreateCoupleForm
          practiceId={practiceId}
          practiceTimeZone={practice.timeZone}
          timeZones={timeZoneChoices(allTimeZones())}
          therapists={members?.map((m) => ({ value: m.userId, label: staffName(m) })) ?? null}
          selfUserId={user.id}
        />
      </Card>
    </>
  );
}
