import type { Metadata } from "next";
import { ButtonLink } from "~/components/ui/button";

export const metadata: Metadata = { title: "Sign-in problem" };

const messages: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Links work once, for an hour.",
  Configuration:
    "Sign-in is not configured correctly on this server. Please tell your administrator.",
  AccessDenied: "You do not have access with that address.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  const { error } = await searchParams;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">We could not sign you in</h1>
      <p className="mb-6 text-sm text-slate-700">
        {messages[error ?? ""] ?? "Something went wrong while signing you in. Please try again."}
      </p>
      <ButtonLink href="/sign-in" className="w-full">
        Get a new sign-in link
      </ButtonLink>
    </>
  );
}
