import type { Metadata } from "next";
import Link from "next/link";
import { requirePartner } from "~/server/partner-session/require-partner";

export const metadata: Metadata = { title: "That's all right" };

/** After "I don't agree": nothing else is asked; the therapist follows up in person. */
export default async function ConsentDeclinedPage() {
  await requirePartner({ beforeConsent: true });
  return (
    <main className="space-y-4 pt-2">
      <h1 className="text-2xl font-semibold">That&rsquo;s all right</h1>
      <p>
        You don&rsquo;t have to do homework here. Your therapist will talk with you about it, and
        about other ways to work between sessions, when you next meet.
      </p>
      <p>If you change your mind, you can read it again and agree at any time.</p>
      <Link
        href="/c/consent"
        prefetch={false}
        className="inline-block min-h-11 py-2 font-semibold text-brand-700 underline"
      >
        Read it again
      </Link>
    </main>
  );
}
