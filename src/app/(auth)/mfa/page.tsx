import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { SignOutButton } from "~/components/app/sign-out-button";
import { currentSignIn } from "~/server/auth/staff-session";
import { sameOriginPath } from "~/server/urls/app-url";
import { secondFactorProblems, type SecondFactorProblem } from "./problems";

export const metadata: Metadata = { title: "Enter your code" };

/** The second step of signing in, after the email link: an authenticator or recovery code. */
export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; error?: string | string[] }>;
}) {
  const { next, error } = await searchParams;
  const returnTo = sameOriginPath(typeof next === "string" ? next : undefined, "/");
  const signIn = await currentSignIn();
  if (!signIn) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!signIn.awaitsSecondFactor) redirect(returnTo);
  const problem =
    typeof error === "string" && error in secondFactorProblems
      ? secondFactorProblems[error as SecondFactorProblem]
      : undefined;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Enter your code</h1>
      <p className="mb-6 text-sm text-slate-600">
        Open your authenticator app and enter the six-digit code it shows for Attune.
      </p>
      <form method="post" action="/mfa/verify" className="space-y-4" noValidate>
        <input type="hidden" name="next" value={returnTo} />
        <TextField
          id="code"
          label="Code"
          hint="Lost your phone? Enter one of your recovery codes instead."
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          autoFocus
          error={problem}
        />
        <Button type="submit" className="w-full">
          Continue
        </Button>
      </form>
      {problem ? null : (
        <div className="mt-4">
          <Alert tone="info">
            No app and no recovery codes? Ask an owner of your practice to reset your authenticator
            app, then sign in again.
          </Alert>
        </div>
      )}
      <div className="mt-4 flex justify-center">
        <SignOutButton />
      </div>
    </>
  );
}
