import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { staffName } from "~/domain/people";
import { Card, PageTitle } from "~/components/ui/card";
import { api } from "~/server/trpc/server";
import { allTimeZones } from "~/validation/common";
import { timeZoneChoices } from "~/dates/time-zones";
import { ConsentForm } from "./consent-form";
import { SettingsForm } from "./settings-form";
import { RequireMfaForm } from "./require-mfa-form";

export const metadata: Metadata = { title: "Practice settings" };

export default async function SettingsPage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  if (practice.role === "therapist") {
    return (
      <>
        <PageTitle>Practice settings</PageTitle>
        <Card>Only owners and admins change the practice settings.</Card>
      </>
    );
  }
  const [settings, members, secondFactors, ownFactor, consent] = await Promise.all([
    orNotFound(caller.practices.settings({ practiceId })),
    caller.members.list({ practiceId }),
    caller.mfa.practice({ practiceId }),
    caller.mfa.status(),
    caller.practices.consentText({ practiceId }),
  ]);
  return (
    <>
      <PageTitle>Practice settings</PageTitle>
      <Card className="max-w-3xl">
        <SettingsForm
          practiceId={practiceId}
          settings={settings}
          timeZones={timeZoneChoices(allTimeZones())}
          members={members.map((m) => ({ value: m.userId, label: staffName(m) }))}
        />
      </Card>
      <Card className="mt-6 max-w-3xl">
        <RequireMfaForm
          practiceId={practiceId}
          required={secondFactors.required}
          isOwner={practice.role === "owner"}
          ownFactor={ownFactor.confirmedAt !== null}
          withoutFactor={secondFactors.members.filter((m) => m.confirmedAt === null).length}
        />
      </Card>
      <Card className="mt-6 max-w-3xl">
        <ConsentForm practiceId={practiceId} consent={consent} />
      </Card>
    </>
  );
}
