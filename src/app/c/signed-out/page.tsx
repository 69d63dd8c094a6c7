import type { Metadata } from "next";

export const metadata: Metadata = { title: "Signed out" };

/** Where sign-out lands: nothing about the partner, and the way back in. */
export default function SignedOutPage() {
  return (
    <main className="space-y-4 pt-6">
      <h1 className="text-2xl font-semibold">You&rsquo;re signed out</h1>
      <p>Your unsent answers have been cleared from this device.</p>
      <p>
        To open your homework again, tap the link in your latest homework email. On the device you
        first opened it on, it signs you straight back in.
      </p>
      <a href="/c/new-link" className="inline-block font-semibold text-brand-700 underline">
        Email me a new link
      </a>
    </main>
  );
}
