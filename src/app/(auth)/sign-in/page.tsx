import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentSignIn, secondFactorPath } from "~/server/auth/staff-session";
import { sameOriginPath } from "~/server/urls/app-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  const returnTo = sameOriginPath(callbackUrl);
  const signIn = await currentSignIn();
  if (signIn?.awaitsSecondFactor) redirect(secondFactorPath(returnTo));
  if (signIn) redirect(returnTo);
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Sign in to Attune</h1>
      <p className="mb-6 text-sm text-slate-600">
        We will email you a link that signs you in. No password to remember.
      </p>
      <SignInForm callbackUrl={returnTo} />
    </>
  );
}
