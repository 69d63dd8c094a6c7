import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { Card, PageTitle } from "~/components/ui/card";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { InviteForm } from "./invite-form";
import { MemberList } from "./member-list";
import { PendingInvitations } from "./pending-invitations";

export const metadata: Metadata = { title: "Team" };

export default async function MembersPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const user = await requireUser(`/p/${practiceId}/members`);
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  if (practice.role === "therapist") {
    return (
      <>
        <PageTitle>Team</PageTitle>
        <Card>Only owners and admins manage the team.</Card>
      </>
    );
  }
  const [load, invitations] = await Promise.all([
    caller.members.load({ practiceId }),
    caller.invitations.pending({ practiceId }),
  ]);
  return (
    <>
      <PageTitle>Team</PageTitle>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Invite a colleague</h2>
          <InviteForm practiceId={practiceId} />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Members and caseloads</h2>
          <MemberList practiceId={practiceId} members={load} selfUserId={user.id} />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Pending invitations</h2>
          <PendingInvitations
            practiceId={practiceId}
            invitations={invitations}
            dates={{ style: practice.dateStyle, timeZone: practice.timeZone }}
          />
        </Card>
      </div>
    </>
  );
}
