import type { Metadata } from "next";
import { Card, PageTitle } from "~/components/ui/card";
import { CenteredPage } from "~/components/app/centered-page";
import { requireUser } from "~/server/auth/staff-session";
import { allTimeZones } from "~/validation/common";
import { timeZoneChoices } from "~/dates/time-zones";
import { CreatePracticeForm } from "./create-practice-form";

export const metadata: Metadata = { title: "Create a practice" };

export default async function NewPracticePage() {
  await requireUser("/practices/new");
  return (
    <CenteredPage>
      <PageTitle>Create your practice</PageTitle>
      <Card>
        <p className="mb-5 text-sm text-slate-700">
          You will be its owner: you can invite therapists and admins, and manage caseloads.
        </p>
        <CreatePracticeForm timeZones={timeZoneChoices(allTimeZones())} />
      </Card>
    </CenteredPage>
  );
}
