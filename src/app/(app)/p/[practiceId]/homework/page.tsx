import type { Metadata } from "next";
import { PhonePreview } from "~/components/app/phone-preview";
import { previewWording } from "~/components/app/preview-wording";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { isKindKey } from "~/homework/registry";
import { api } from "~/server/trpc/server";
import { BuiltInList, PracticeTemplateList } from "./library-lists";

export const metadata: Metadata = { title: "Homework library" };

export default async function HomeworkLibraryPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<{ preview?: string }>;
}) {
  const { practiceId } = await params;
  const { preview } = await searchParams;
  const caller = await api();
  const [library, settings] = await Promise.all([
    orNotFound(caller.homework.templates({ practiceId })),
    orNotFound(caller.practices.settings({ practiceId })),
  ]);
  const own = library.practice.find((t) => t.familyId === preview);
  const shown =
    own && isKindKey(own.kind)
      ? previewWording(own.kind, own)
      : previewWording(isKindKey(preview) ? preview : "micro_hurt");
  const selected = own ? own.familyId : shown.kind;
  return (
    <>
      <PageTitle>Homework library</PageTitle>
      <p className="-mt-3 mb-6 max-w-3xl text-slate-700">
        The homework you can assign, previewed as a partner sees it on their phone. Make your own
        wording of any kind: the questions stay the same, your title, instructions and prompts
        replace ours.
      </p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_391px] lg:items-start">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-1 text-lg font-semibold">Built-in homework</h2>
            <BuiltInList practiceId={practiceId} kinds={library.builtIn} selected={selected} />
          </Card>
          <Card>
            <h2 className="mb-1 text-lg font-semibold">Our wordings</h2>
            <PracticeTemplateList
              practiceId={practiceId}
              templates={library.practice}
              selected={selected}
            />
          </Card>
        </div>
        <section id="preview" aria-labelledby="preview-heading" className="lg:sticky lg:top-4">
          <h2 id="preview-heading" className="mb-3 text-lg font-semibold">
            Preview
          </h2>
          <PhonePreview
            key={selected}
            wording={shown}
            crisisText={settings.crisisText ?? settings.defaultCrisisText}
          />
        </section>
      </div>
    </>
  );
}
