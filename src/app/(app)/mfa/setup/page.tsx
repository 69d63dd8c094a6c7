import type { Metadata } from "next";
import { CenteredPage } from "~/components/app/centered-page";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card, PageTitle } from "~/components/ui/card";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { sameOriginPath } from "~/server/urls/app-url";
import { EnrolForm } from "./enrol-form";

export const metadata: Metadata = { title: "Authenticator app" };

/** A staff member's second factor: set it up, or see that it is on. */
export default async function SecondFactorSetupPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; required?: string | string[] }>;
}) {
  const { next, required } = await searchParams;
  const returnTo = sameOriginPath(typeof next === "string" ? next : undefined, "/");
  await requireUser("/mfa/setup", { askForProfile: false });
  const status = await (await api()).mfa.status();
  return (
    <CenteredPage>
      <PageTitle>Authenticator app</PageTitle>
      <Card>
        {status.confirmedAt ? (
          <div className="space-y-4">
            <Alert tone="success">
              Your authenticator app is set up. After the email link, Attune asks for its code.
            </Alert>
            <p className="text-sm text-slate-700">
              Recovery codes left: {status.recoveryCodesLeft} of 10. If you lose your phone and your
              codes, an owner of your practice can reset your authenticator app.
            </p>
            <ButtonLink href={returnTo}>Continue</ButtonLink>
          </div>
        ) : (
          <div className="space-y-4">
            {required ? (
              <Alert tone="info">
                Your practice asks every member to use an authenticator app when signing in. Set one
                up to continue.
              </Alert>
            ) : null}
            <p className="text-sm text-slate-700">
              After the email link, Attune will also ask for a six-digit code from an app on your
              phone (such as Google Authenticator, Microsoft Authenticator or 1Password). Someone
              who gets into your email still cannot see your clients.
            </p>
            <EnrolForm next={returnTo} />
          </div>
        )}
      </Card>
    </CenteredPage>
  );
}
