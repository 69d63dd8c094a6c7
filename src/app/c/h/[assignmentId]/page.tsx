import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/app/server-call";
import { EntryForm } from "~/components/partner/entry-form";
import { dateFormat } from "~/dates";
import { entrySummary } from "~/homework/stored-entry";
import { requirePartner } from "~/server/partner-session/require-partner";
import { getKind } from "~/homework/registry";
import { reflectionStagePreset } from "~/homework/reflection";
import { resolveSections } from "~/homework/prompt-wording";
import { api } from "~/server/trpc/server";
import { localDateOf } from "~/timeline/weeks";

export const metadata: Metadata = { title: "Homework" };

/** A kind with a quick form opens on it; `?form=full` (one tap from it) opens the full form. */
export default async function HomeworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ form?: string | string[] }>;
}) {
  const { assignmentId } = await params;
  const { form } = await searchParams;
  const partner = await requirePartner();
  const caller = await api();
  const { assignment, wording, crisisText, secretsPolicy, reflectionStage } = await orNotFound(
    caller.partner.homeworkForm({ assignmentId }),
  );
  const kind = getKind(assignment.kind);
  const quick = kind.quick && form !== "full" ? kind.quick : null;
  const here = `/c/h/${assignment.id}`;
  const sections = resolveSections(kind, wording.prompts, quick?.sections);
  const refKinds = new Set(
    sections.flatMap((s) => s.fields).flatMap((f) => (f.type === "entryRef" ? [f.kind] : [])),
  );
  // Only a form that links to earlier entries (a repair script) needs the partner's entries.
  const entries = refKinds.size > 0 ? (await caller.partner.home()).entries : [];
  // Only the ritual tracker and small wins list the couple's own items.
  const asksItems = sections.some((s) => s.fields.some((f) => f.type === "coupleItem"));
  const coupleItemOptions = asksItems
    ? (await caller.partner.coupleItems()).map(({ id, label, type, rhythm }) => ({
        id,
        label,
        type,
        rhythm,
      }))
    : [];
  // A ritual tick is for the partner's today, kept with the draft should it be sent later; a
  // programme's reflection opens on the stage its week asks for (the partner can still change it).
  const presetValues =
    kind.key === "ritual_tracker"
      ? { day: localDateOf(new Date(), partner.timeZone) }
      : reflectionStage
        ? reflectionStagePreset(reflectionStage)
        : undefined;
  const { shortDay } = dateFormat({ style: partner.dateStyle, timeZone: partner.timeZone });
  const entryRefOptions = entries
    .filter((e) => e.mine && refKinds.has(e.kind))
    .map((e) => ({
      value: e.id,
      label: `${shortDay(e.occurredAt)} · ${entrySummary(e, e.latestUpdate).line}`,
    }));
  return (
    <main className={quick ? "space-y-4" : "space-y-6"}>
      <Link
        href="/c"
        className="inline-block py-2 text-[15px] font-medium text-brand-700 underline"
      >
        ← My homework
      </Link>
      <header className={quick ? "space-y-1" : "space-y-2"}>
        <h1 className="text-2xl font-semibold">{wording.title}</h1>
        {quick ? null : <p className="text-slate-700">{wording.instructions}</p>}
        {assignment.note ? (
          <p className="rounded-lg bg-brand-50 p-3 text-brand-800">
            <span className="font-medium">From your therapist: </span>
            {assignment.note}
          </p>
        ) : null}
      </header>
      <EntryForm
        partnerId={partner.partnerId}
        assignmentId={assignment.id}
        kind={kind.key}
        title={kind.title}
        sections={sections}
        asksWhen={kind.asksWhen}
        crisisText={crisisText}
        secretsPolicy={secretsPolicy}
        draftPlace={{ ownDevice: partner.device === "own", draftDays: partner.draftDays }}
        entryRefOptions={entryRefOptions}
        coupleItemOptions={coupleItemOptions}
        presetValues={presetValues}
        defaultShared={kind.defaultVisibility === "shared"}
        canShare={!partner.shownOnScreen}
        neverShared={kind.neverShared}
        quick={quick ? { fullHref: `${here}?form=full` } : undefined}
        quickHref={kind.quick && !quick ? here : undefined}
      />
    </main>
  );
}
