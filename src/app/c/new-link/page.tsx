import type { Metadata } from "next";
import { RequestLinkForm } from "./request-link-form";

export const metadata: Metadata = { title: "Get a new link" };

const why: Record<string, string> = {
  expired: "This link has expired. Links work for a limited time to keep your answers private.",
  revoked: "This link is no longer active.",
  used: "This link has already been used on another device. Each link opens one device only, to keep your answers private.",
  unknown: "This link is not valid. It may have been copied only in part.",
  session: "Your session has ended. Open your link again, or ask for a new one.",
};

export default async function NewLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string }>;
}) {
  const { reason } = await searchParams;
  return (
    <main className="space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">Let&rsquo;s get you a fresh link</h1>
      <p>{why[reason ?? ""] ?? why.session}</p>
      <p>
        Enter the email address your therapist has for you and we will send a new personal link.
      </p>
      <RequestLinkForm />
    </main>
  );
}
