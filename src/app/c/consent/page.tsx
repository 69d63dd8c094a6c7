import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePartner } from "~/server/partner-session/require-partner";
import { api } from "~/server/trpc/server";

// Titles show in tabs and history on a shared phone: plain words.
export const metadata: Metadata = { title: "Before you start" };

/**
 * The practice's consent text, read and accepted before anything else (and again after the
 * practice changes it). A plain form, so it works without scripts.
 */
export default async function ConsentPage({
  searchParams,
}: {
  searchParams: Promise<{ changed?: string | string[] }>;
}) {
  const partner = await requirePartner({ beforeConsent: true });
  if (!partner.consentNeeded) redirect("/c");
  const { version, body, practiceName } = await (await api()).partner.consent();
  const changed = (await searchParams).changed === "1";
  const button = "min-h-14 w-full rounded-lg px-4 text-lg font-semibold";
  return (
    <main className="space-y-6">
      <header className="space-y-1 pt-2">
        <p className="text-[15px] text-slate-600">{practiceName}</p>
        <h1 className="text-2xl font-semibold">Before you start</h1>
        <p className="text-slate-700">
          Please read how homework between sessions works. It takes a minute.
        </p>
      </header>
      {changed ? (
        <p role="alert" className="rounded-lg bg-amber-50 p-4 text-amber-950">
          Your practice has just changed this text. Please read it again before you accept.
        </p>
      ) : null}
      <section
        aria-labelledby="consent-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="consent-heading" className="text-lg font-semibold">
          How homework works
        </h2>
        {body
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean)
          .map((paragraph, i) => (
            <p key={i} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
      </section>
      <form method="post" action="/c/session/consent" className="space-y-3">
        <input type="hidden" name="version" value={version} />
        <button
          type="submit"
          name="answer"
          value="accept"
          className={`${button} bg-brand-700 text-white`}
        >
          I agree, continue
        </button>
        <button
          type="submit"
          name="answer"
          value="decline"
          className={`${button} border-2 border-brand-700 bg-white text-brand-800`}
        >
          I don&rsquo;t agree
        </button>
      </form>
      <p className="text-[15px] text-slate-600">
        If you have questions, ask your therapist before you agree.
      </p>
    </main>
  );
}
