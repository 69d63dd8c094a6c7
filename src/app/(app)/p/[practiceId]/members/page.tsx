import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { formatMoney } from "~/domain/billing";
import { InviteForm } from "./invite-form";
import { AwayDatesForm } from "./away-dates-form";
import { MemberList } from "./member-list";
import { PendingInvitations } from "./pending-invitations";
import { SecondFactorList } from "./second-factor-list";
import { staffName } from "~/domain/people";
import { RoleGuide } from "./role-guide";

export const metadata: Metadata = { title: "Team" };

export default async function MembersPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const user = await requireUser(`/p/${practiceId}/members`);
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  const dates = { style: practice.dateStyle, timeZone: practice.timeZone };
  if (practice.role === "therapist") {
    const me = (await caller.members.list({ practiceId })).find((m) => m.userId === user.id);
    return (
      <>
        <PageTitle>Team</PageTitle>
        <div className="space-y-6">
          <Card>Only owners and admins manage the team.</Card>
          {me ? (
            <Card>
              <h2 className="text-lg font-semibold">Your away dates</h2>
              <p className="mb-4 text-sm text-slate-600">
                While you are away, safety alerts for your couples also go to the practice&rsquo;s
                safety backup.
              </p>
              <AwayDatesForm
                practiceId={practiceId}
                userId={me.userId}
                name="yours"
                awayFrom={me.awayFrom}
                awayUntil={me.awayUntil}
              />
            </Card>
          ) : null}
        </div>
      </>
    );
  }
  const [load, invitations, settings, seats, secondFactors] = await Promise.all([
    caller.members.load({ practiceId }),
    caller.invitations.pending({ practiceId }),
    caller.practices.settings({ practiceId }),
    caller.billing.seatQuote({ practiceId }),
    caller.mfa.practice({ practiceId }),
  ]);
  const seatOffer =
    seats.needsSeat && seats.seatsPaid !== null
      ? {
          seatsPaid: seats.seatsPaid,
          price: seats.price ? formatMoney(seats.price.unitAmount, seats.price.currency) : null,
          interval: seats.price?.interval ?? "month",
          canAdd: practice.role === "owner",
        }
      : null;
  return (
    <>
      <PageTitle>Team</PageTitle>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Invite a colleague</h2>
          <InviteForm practiceId={practiceId} seatOffer={seatOffer} />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Members and caseloads</h2>
          <p className="mb-4 text-sm text-slate-600">
            Away dates: while a treating therapist is away, safety alerts for their couples also go
            to the safety backup chosen in the practice settings.
          </p>
          <MemberList
            practiceId={practiceId}
            members={load}
            selfUserId={user.id}
            viewerRole={practice.role}
            dates={dates}
            safetyBackupUserId={settings.safetyBackupUserId}
          />
          <RoleGuide />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Pending invitations</h2>
          <PendingInvitations practiceId={practiceId} invitations={invitations} dates={dates} />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Authenticator apps</h2>
          <p className="mb-2 text-sm text-slate-600">
            {secondFactors.required
              ? "This practice requires one for every member (practice settings)."
              : "Not required for this practice (practice settings)."}{" "}
            Owners can reset a member&rsquo;s app if they lose it; the member then sets one up
            again.
          </p>
          <SecondFactorList
            practiceId={practiceId}
            selfUserId={user.id}
            isOwner={practice.role === "owner"}
            members={secondFactors.members.map((m) => ({
              userId: m.userId,
              label: staffName(m),
              hasFactor: m.confirmedAt !== null,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
