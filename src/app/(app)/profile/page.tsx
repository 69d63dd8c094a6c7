import Link from "next/link";
import type { Metadata } from "next";
import { Card, PageTitle } from "~/components/ui/card";
import { CenteredPage } from "~/components/app/centered-page";
import { requireUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";
import { sameOriginPath } from "~/server/urls/app-url";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  await requireUser("/profile", { askForProfile: false });
  const profile = await (await api()).profile.get();
  const welcome = !profile?.promptedAt;
  return (
    <CenteredPage>
      <PageTitle>{welcome ? "Welcome to Attune" : "Your profile"}</PageTitle>
      <Card>
        <p className="mb-5 text-sm text-slate-700">
          {welcome
            ? "Tell colleagues and clients who you are. Your name appears on the caseload, in invitations and on session-prep PDFs instead of your email address."
            : "Your name appears on the caseload, in invitations and on session-prep PDFs."}
        </p>
        <ProfileForm
          defaults={{
            name: profile?.name ?? "",
            credentials: profile?.credentials ?? "",
            pronouns: profile?.pronouns ?? "",
          }}
          email={profile?.email ?? ""}
          welcome={welcome}
          next={sameOriginPath(typeof next === "string" ? next : undefined, "/")}
        />
      </Card>
      <p className="mt-6 text-sm text-slate-700">
        Signing in:{" "}
        <Link href="/mfa/setup" className="font-medium text-brand-700 underline">
          authenticator app
        </Link>{" "}
        (a code from your phone after the email link).
      </p>
    </CenteredPage>
  );
}
