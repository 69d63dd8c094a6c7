import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { dateFormat } from "~/dates";
import { devMailboxEnabled } from "~/env";
import { getDb } from "~/server/db";
import { readMailbox } from "~/server/email/mailbox";
import { isLocalRequest } from "~/server/local-request";

// A developer tool with no practice behind it: one fixed style, in UTC, said on the page.
const mailboxDates = dateFormat({ style: "international", timeZone: "UTC" });

export const metadata: Metadata = { title: "Local mailbox" };
export const dynamic = "force-dynamic";

/** Plain text with its links made clickable. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s)\]]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("http") ? (
          <a key={i} href={part} className="break-all font-medium text-brand-700 underline">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string }>;
}) {
  // Every sign-in and personal link is on this page: only the developer's own computer may see it.
  if (!devMailboxEnabled() || !isLocalRequest(await headers())) notFound();
  const { to } = await searchParams;
  const messages = await readMailbox(getDb(), to);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-semibold">Local mailbox</h1>
      <p className="mt-1 text-sm text-slate-600">
        Development only: with no RESEND_API_KEY, Attune delivers email here instead.
      </p>
      <form className="mt-4 flex gap-2" action="/dev/mailbox">
        <label htmlFor="to" className="sr-only">
          Show mail for address
        </label>
        <input
          id="to"
          name="to"
          type="email"
          defaultValue={to}
          placeholder="name@example.com"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
        >
          Filter
        </button>
      </form>
      {messages.length === 0 ? <p className="mt-6 text-slate-600">No messages yet.</p> : null}
      <ol className="mt-6 space-y-4">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <article aria-label={`Email to ${m.to}: ${m.subject}`}>
              <h2 className="font-semibold">{m.subject}</h2>
              <p className="text-sm text-slate-600">
                To {m.to} · from {m.from} ·{" "}
                <time dateTime={m.createdAt.toISOString()}>
                  {mailboxDates.moment(m.createdAt)} UTC
                </time>
              </p>
              <div className="mt-3 whitespace-pre-wrap text-sm">
                <Linkified text={m.text} />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </main>
  );
}
