import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { statusTone } from "~/components/app/format";
import { staffName } from "~/domain/people";
import { coupleStatusLabel } from "~/domain/couple";
import { Alert } from "~/components/ui/alert";
import { Card, PageTitle } from "~/components/ui/card";
import { api } from "~/server/trpc/server";
import { allTimeZones } from "~/validation/common";
import { dateFormat } from "~/dates";
import { timeZoneChoices } from "~/dates/time-zones";
import { AssignHomeworkForm } from "./assign-homework-form";
import { AssignmentList } from "./assignment-list";
import { CareSettings } from "./care-settings";
import { parseCouplePageSearch } from "./couple-page-search";
import { CoupleItemsSection } from "./couple-items-section";
import { ProgrammeSection } from "./programme-section";
import { CoupleTimelineLinks } from "./couple-timeline-links";
import { EditCoupleForm } from "./edit-couple-form";
import { EntriesSection } from "./entries-section";
import { entryViews } from "./entry-views";
import { LinksSection } from "./links-section";
import { SafetyLog } from "./safety-log";
import { SafetySection } from "./safety-section";
import { templateChoices } from "./template-choices";

export const metadata: Metadata = { title: "Couple" };

export default async function CouplePage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { practiceId, coupleId } = await params;
  const { created, before } = parseCouplePageSearch(await searchParams);
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  const couple = await orNotFound(caller.couples.get({ practiceId, coupleId }));
  const partnerIds = couple.partners.map((p) => p.id);
  const [
    members,
    library,
    assignments,
    entryPage,
    linkRows,
    emailProblems,
    pendingEmails,
    safetyLog,
    coupleItems,
    programmes,
    programmeLibrary,
  ] = await Promise.all([
    practice.role === "therapist" ? null : caller.members.list({ practiceId }),
    caller.homework.templates({ practiceId }),
    caller.homework.forCouple({ practiceId, coupleId }),
    orNotFound(caller.entries.forCouple({ practiceId, coupleId, before })),
    caller.partnerLinks.status({ practiceId, partnerIds }),
    caller.partnerLinks.emailProblems({ practiceId, partnerIds }),
    caller.partnerLinks.pendingEmails({ practiceId, partnerIds }),
    caller.safetyFlags.forCouple({ practiceId, coupleId }),
    caller.coupleItems.forCouple({ practiceId, coupleId }),
    caller.programmes.forCouple({ practiceId, coupleId }),
    caller.programmes.library({ practiceId }),
  ]);
  const coupleHref = `/p/${practiceId}/couples/${coupleId}`;
  const dates = { style: practice.dateStyle, timeZone: couple.timeZone };
  const partners = couple.partners.map(
    (p) => ({ ...p, position: p.position === 2 ? 2 : 1 }) as const,
  );
  return (
    <>
      <PageTitle action={<CoupleTimelineLinks href={coupleHref} />}>{couple.label}</PageTitle>
      <nav aria-label="On this page" className="-mt-3 mb-5 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {[
            ["#overview", "Overview"],
            ["#entries", "New entries"],
            ["#homework", "Homework"],
            ["#links", "Links"],
            ["#rituals", "Rituals and small wins"],
            ["#programme", "Programme"],
            ["#assign", "Assign homework"],
            ["#details", "Details"],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className="inline-block py-1 font-medium text-brand-700 underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-6">
        <SafetySection
          practiceId={practiceId}
          open={safetyLog.filter((flag) => !flag.closed)}
          flaggedEntries={entryViews(entryPage.openFlagEntries, dates)}
          format={dateFormat(dates)}
        />
        {created ? <Alert tone="success">Couple added.</Alert> : null}
        <Card id="overview">
          <h2 className="sr-only">Overview</h2>
          <dl className="grid gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">Status</dt>
              <dd>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusTone[couple.status]}`}
                >
                  {coupleStatusLabel[couple.status]}
                </span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Treating therapist</dt>
              <dd className="font-medium">{staffName(couple.therapist)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Partners</dt>
              <dd className="font-medium">
                {couple.partners.map((p) => p.displayName).join(" & ")}
              </dd>
            </div>
          </dl>
        </Card>
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
          <div className="min-w-0 space-y-6">
            <Card id="homework">
              <h2 className="mb-4 text-lg font-semibold">Homework</h2>
              <AssignmentList
                practiceId={practiceId}
                assignments={assignments}
                partners={partners}
                dates={dates}
              />
            </Card>
            <Card>
              <EntriesSection
                practiceId={practiceId}
                coupleId={coupleId}
                entries={entryViews(entryPage.entries, dates)}
                unreviewedCount={entryPage.unreviewedCount}
                coupleHref={coupleHref}
                olderBefore={entryPage.olderBefore}
                paged={before !== undefined}
              />
            </Card>
          </div>
          <div className="min-w-0 space-y-6">
            <Card id="links">
              <h2 className="mb-4 text-lg font-semibold">Personal links</h2>
              <LinksSection
                practiceId={practiceId}
                partners={couple.partners}
                linkRows={linkRows}
                emailProblems={emailProblems}
                pendingEmails={pendingEmails}
                dates={dates}
              />
            </Card>
            <Card id="rituals">
              <h2 className="mb-4 text-lg font-semibold">Rituals and small wins</h2>
              <CoupleItemsSection
                practiceId={practiceId}
                coupleId={coupleId}
                items={coupleItems
                  .filter((item) => item.archivedAt === null)
                  .map((item) => ({ ...item, byPartner: item.byPartner !== null }))}
              />
            </Card>
            <Card id="programme">
              <h2 className="mb-4 text-lg font-semibold">Programme</h2>
              <ProgrammeSection
                practiceId={practiceId}
                coupleId={coupleId}
                programmes={programmes}
                library={programmeLibrary}
                discharged={couple.status === "discharged"}
                heldBySafetyFlag={safetyLog.some((flag) => !flag.closed)}
                format={dateFormat(dates)}
              />
            </Card>
            <Card id="assign">
              <h2 className="mb-4 text-lg font-semibold">Assign homework</h2>
              <AssignHomeworkForm
                practiceId={practiceId}
                coupleId={coupleId}
                templates={templateChoices(library)}
                partners={partners}
              />
            </Card>
          </div>
        </div>
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <Card id="details">
            <h2 className="mb-4 text-lg font-semibold">Details</h2>
            <EditCoupleForm
              practiceId={practiceId}
              coupleId={coupleId}
              timeZones={timeZoneChoices(allTimeZones())}
              defaults={{
                label: couple.label,
                timeZone: couple.timeZone,
                partners: couple.partners,
              }}
            />
          </Card>
          <Card>
            <h2 className="mb-4 text-lg font-semibold">Care</h2>
            <CareSettings
              practiceId={practiceId}
              coupleId={coupleId}
              status={couple.status}
              therapistUserId={couple.therapistUserId}
              therapists={members?.map((m) => ({ value: m.userId, label: staffName(m) })) ?? null}
            />
          </Card>
        </div>
        {safetyLog.length > 0 ? (
          <Card>
            <SafetyLog flags={safetyLog} format={dateFormat(dates)} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
