import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { getKind, isKindKey } from "~/homework/registry";
import { api } from "~/server/trpc/server";
import { ArchiveTemplate } from "./archive-template";
import { TemplateWordingForm } from "./template-wording-form";

export const metadata: Metadata = { title: "Edit wording" };

export default async function EditTemplatePage({
  params,
}: {
  params: Promise<{ practiceId: string; familyId: string }>;
}) {
  const { practiceId, familyId } = await params;
  const caller = await api();
  const [library, settings, mayEdit] = await Promise.all([
    orNotFound(caller.homework.templates({ practiceId })),
    orNotFound(caller.practices.settings({ practiceId })),
    orNotFound(caller.homework.mayEditTemplate({ practiceId, familyId })),
  ]);
  const template = library.practice.find((t) => t.familyId === familyId);
  if (!template || !isKindKey(template.kind)) notFound();
  return (
    <>
      <Link
        href={`/p/${practiceId}/homework`}
        className="mb-2 inline-block py-2 text-sm font-medium text-brand-700 underline"
      >
        ← Homework library
      </Link>
      <PageTitle>{template.title}</PageTitle>
      <p className="-mt-3 mb-6 text-slate-700">
        Our wording of {getKind(template.kind).title} ·{" "}
        <span className="font-semibold">version {template.version}</span>. Each save makes a new
        version; homework already assigned keeps the wording it was given with.
      </p>
      {mayEdit ? (
        <>
          <TemplateWordingForm
            practiceId={practiceId}
            familyId={familyId}
            kind={template.kind}
            current={template}
            crisisText={settings.crisisText ?? settings.defaultCrisisText}
          />
          <Card className="mt-6 max-w-3xl">
            <h2 className="mb-2 text-lg font-semibold">Archive</h2>
            <ArchiveTemplate practiceId={practiceId} familyId={familyId} title={template.title} />
          </Card>
        </>
      ) : (
        <p className="max-w-3xl rounded-md bg-slate-100 p-4 text-slate-700">
          Only the person who made this wording, or an owner or admin, can change or archive it. You
          can assign it as it is.
        </p>
      )}
    </>
  );
}
