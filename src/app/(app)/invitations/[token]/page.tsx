import type { Metadata } from "next";
import { CenteredPage } from "~/components/app/centered-page";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { currentUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { AcceptButton } from "./accept-button";

export const metadata: Metadata = { title: "Invitation" };

const closed = {
  expired: "This invitation has expired. Ask the practice to send a new one.",
  revoked:
    "This invitation was withdrawn. Ask the practice to send a new one if you still need it.",
  accepted: "This invitation has already been used.",
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await currentUser();
  const preview = await (await api()).invitations.preview({ token }).catch(() => null);
  return (
    <CenteredPage signedIn={Boolean(user)}>
      <Card>
        {!preview ? (
          <>
            <h1 className="mb-2 text-xl font-semibold">Invitation not found</h1>
            <p className="text-slate-700">
              This invitation link is not valid. Check that you opened the whole link from the
              email.
            </p>
          </>
        ) : (
          <>
            <h1 className="mb-2 text-xl font-semibold">Join {preview.practiceName}</h1>
            <p className="mb-6 text-slate-700">
              You were invited as {preview.role === "admin" ? "an admin" : "a therapist"}, at{" "}
              {preview.email}.
            </p>
            {preview.state !== "pending" ? (
              <p className="text-slate-700">{closed[preview.state]}</p>
            ) : user ? (
              <AcceptButton token={token} />
            ) : (
              // The emailed link already proves the address: accepting signs them in, no second email.
              <form method="post" action={`/invitations/${token}/accept`}>
                <Button type="submit" className="w-full">
                  Accept and sign in
                </Button>
              </form>
            )}
          </>
        )}
      </Card>
    </CenteredPage>
  );
}
