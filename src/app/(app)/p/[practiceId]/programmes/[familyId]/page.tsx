import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { homeworkKinds } from "~/homework/registry";
import { api } from "~/server/trpc/server";
import { ArchiveProgramme } from "./archive-programme";
import { ProgrammeForm } from "./programme-form";

export const metadata: Metadata = { title: "Edit programme" };

export default async function EditProgrammePage({
  params,
}: {
  params: Promise<{ practiceId: string; familyId: string }>;
}) {
  const { practiceId, familyId } = await params;
  const caller = await api();
  const [library, mayEdit] = await Promise.all([
    orNotFound(caller.programmes.library({ practiceId })),
    orNotFound(caller.programmes.mayEdit({ practiceId, familyId })),
  ]);
  const programme = library.practice.find((p) => p.familyId === familyId);
  if (!programme) notFound();
  const kinds = Object.values(homeworkKinds).map((k) => ({ value: k.key, label: k.title }));
  return (
    <>
      <Link
        href={`/p/${practiceId}/programmes`}
        className="mb-2 inline-block py-2 text-sm font-medium text-brand-700 underline"
      >
        ← Programmes
      </Link>
      <PageTitle>{programme.title}</PageTitle>
      <p className="-mt-3 mb-6 max-w-3xl text-slate-700">
        <span className="font-semibold">Version {programme.version}</span>. Each save makes a new
        version; a programme already running keeps the weeks it started with.
      </p>
      {mayEdit ? (
        <>
          <ProgrammeForm
            practiceId={practiceId}
            familyId={familyId}
            kinds={kinds}
            current={{
              title: programme.title,
              summary: programme.summary,
              weeks: programme.weeks,
            }}
          />
          <Card className="mt-6 max-w-3xl">
            <h2 className="mb-2 text-lg font-semibold">Archive</h2>
            <ArchiveProgramme practiceId={practiceId} familyId={familyId} title={programme.title} />
          </Card>
        </>
      ) : (
        <p className="max-w-3xl rounded-md bg-slate-100 p-4 text-slate-700">
          Only the person who made this programme, or an owner or admin, can change or archive it.
          You can start it for a couple as it is.
        </p>
      )}
    </>
  );
}
