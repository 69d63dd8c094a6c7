import type { Metadata } from "next";
import { cookies } from "next/headers";
import { orNotFound } from "~/components/app/server-call";
import { staffName } from "~/domain/people";
import { ButtonLink } from "~/components/ui/button";
import { PageTitle } from "~/components/ui/card";
import { api } from "~/server/trpc/server";
import { caseloadFilterInput } from "~/validation/caseload";
import { CaseloadFilters } from "./caseload-filters";
import { CASELOAD_SEARCH_COOKIE } from "./caseload-search-cookie";
import { CaseloadList } from "./caseload-list";
import { SetupChecklist } from "./setup-checklist";

export const metadata: Metadata = { title: "Caseload" };

type Search = { status?: string; therapist?: string; sort?: string };

export default async function CaseloadPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Search>;
}) {
  const { practiceId } = await params;
  const search = await searchParams;
  const nameSearch = (await cookies()).get(CASELOAD_SEARCH_COOKIE)?.value;
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  const parsed = caseloadFilterInput.safeParse({
    search: nameSearch || undefined,
    status: search.status || undefined,
    therapistUserId: search.therapist || undefined,
    sort: search.sort || undefined,
  });
  const filter = parsed.success ? parsed.data : caseloadFilterInput.parse({});
  const isManager = practice.role !== "therapist";
  const [rows, members, checklist] = await Promise.all([
    caller.caseload.list({ practiceId, ...filter }),
    isManager ? caller.members.list({ practiceId }) : Promise.resolve(null),
    caller.practices.setupChecklist({ practiceId }),
  ]);
  const therapists = members?.map((m) => ({ value: m.userId, label: staffName(m) })) ?? null;
  return (
    <>
      <PageTitle action={<ButtonLink href={`/p/${practiceId}/couples/new`}>Add couple</ButtonLink>}>
        {isManager ? "Practice caseload" : "My caseload"}
      </PageTitle>
      {checklist.length > 0 ? <SetupChecklist items={checklist} /> : null}
      <CaseloadFilters
        filter={filter}
        therapists={therapists}
        action={`/p/${practiceId}/caseload-search`}
      />
      <CaseloadList
        practiceId={practiceId}
        rows={rows}
        therapists={therapists}
        firstRun={checklist.some((item) => item.step === "couple" && !item.done)}
        dateStyle={practice.dateStyle}
      />
    </>
  );
}
