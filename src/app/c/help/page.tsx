import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { z } from "zod";
import { CrisisText } from "~/components/partner/crisis-text";
import { HelpAlerted, HelpButton } from "~/components/partner/help-button";
import { getDb } from "~/server/db";
import { helpRequestRaised } from "~/server/partner-session/help-confirmation";
import { requirePartner } from "~/server/partner-session/require-partner";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Homework" };

/** "I need help": the crisis numbers at once, and one button that needs no other answers. */
export default async function HelpPage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string | string[] }>;
}) {
  // Help never waits on the consent text: someone in trouble reaches it at once.
  const partner = await requirePartner({ beforeConsent: true });
  const { crisisText } = await (await api()).partner.practice();
  const sent = z.uuid().safeParse((await searchParams).sent);
  const alerted = sent.success && (await helpRequestRaised(getDb(), partner, sent.data));
  return (
    <main className="space-y-6">
      <Link
        href="/c"
        prefetch={false}
        className="inline-block py-2 text-[15px] font-medium text-brand-700 underline"
      >
        ← My homework
      </Link>
      <h1 className="text-2xl font-semibold">Help</h1>
      <section aria-labelledby="now-heading" className="rounded-lg bg-red-50 p-4 text-red-950">
        <h2 id="now-heading" className="mb-2 text-lg font-semibold">
          If you need help now
        </h2>
        <p>
          <CrisisText text={crisisText} />
        </p>
      </section>
      <section aria-labelledby="therapist-heading" className="space-y-3">
        <h2 id="therapist-heading" className="text-lg font-semibold">
          Tell your therapist
        </h2>
        <p className="text-slate-700">
          This lets your therapist know you need help. Only your therapist is told, never your
          partner. You don&rsquo;t need to write anything.
        </p>
        {alerted ? <HelpAlerted /> : <HelpButton idempotencyKey={randomUUID()} />}
      </section>
    </main>
  );
}
