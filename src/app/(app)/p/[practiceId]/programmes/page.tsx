import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { ButtonLink } from "~/components/ui/button";
import { Card, PageTitle } from "~/components/ui/card";
import type { ProgrammeWeekPlan } from "~/domain/programmes";
import { api } from "~/server/trpc/server";
import { CopyProgrammeButton } from "./copy-programme-button";

export const metadata: Metadata = { title: "Programmes" };

function WeekList({ weeks }: { weeks: ProgrammeWeekPlan[] }) {
  return (
    <ol className="list-decimal space-y-1 pl-6 text-sm text-slate-700">
      {weeks.map((week, i) => (
        <li key={i}>{week.title}</li>
      ))}
    </ol>
  );
}

export default async function ProgrammesPage({
  params,
}: {
  params: Promise<{ practiceId: string }>;
}) {
  const { practiceId } = await params;
  const caller = await api();
  const library = await orNotFound(caller.programmes.library({ practiceId }));
  return (
    <>
      <PageTitle>Programmes</PageTitle>
      <p className="-mt-3 mb-6 max-w-3xl text-slate-700">
        A programme is a plan of weeks. Each week shows the couple a short intention and gives its
        homework by itself when the week begins. Start one from a couple&rsquo;s page. Make your own
        version of any programme: each save is a new version, and a programme already running keeps
        the version it started with.
      </p>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Built-in programmes</h2>
          <ul className="divide-y divide-slate-200">
            {library.builtIn.map((p) => (
              <li key={p.key} className="space-y-2 py-4">
                <h3 className="font-semibold text-slate-900">{p.title}</h3>
                <p className="text-sm text-slate-700">{p.summary}</p>
                <WeekList weeks={p.weeks} />
                <CopyProgrammeButton
                  practiceId={practiceId}
                  from={{ builtinKey: p.key }}
                  title={p.title}
                />
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Our programmes</h2>
          {library.practice.length === 0 ? (
            <p className="py-4 text-sm text-slate-600">
              None yet. Choose &ldquo;Make our own version&rdquo; on a built-in programme to start
              one.
            </p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {library.practice.map((p) => (
                <li key={p.familyId} className="space-y-2 py-4">
                  <h3 className="font-semibold text-slate-900">{p.title}</h3>
                  <p className="text-sm text-slate-600">
                    {p.weeks.length} {p.weeks.length === 1 ? "week" : "weeks"} · version {p.version}
                  </p>
                  {p.summary ? <p className="text-sm text-slate-700">{p.summary}</p> : null}
                  <WeekList weeks={p.weeks} />
                  <div className="flex flex-wrap items-center gap-2">
                    <ButtonLink
                      actionOf={p.title}
                      variant="secondary"
                      href={`/p/${practiceId}/programmes/${p.familyId}`}
                    >
                      Edit
                    </ButtonLink>
                    <CopyProgrammeButton
                      practiceId={practiceId}
                      from={{ familyId: p.familyId }}
                      title={p.title}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
