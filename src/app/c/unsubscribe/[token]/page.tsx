import type { Metadata } from "next";
import { getDb } from "~/server/db";
import { unsubscribeState } from "~/server/reminders/unsubscribe";
import { stopReminders } from "./actions";

export const metadata: Metadata = { title: "Reminder emails" };
export const dynamic = "force-dynamic";

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await unsubscribeState(getDb(), token);

  if (!state.valid) {
    return (
      <main className="space-y-4 pt-6">
        <h1 className="text-2xl font-semibold">This link is not valid</h1>
        <p>
          It may have been copied only in part. Open it again from the reminder email, or reply to
          your therapist and ask them to turn reminders off for you.
        </p>
      </main>
    );
  }

  if (state.remindersOff) {
    return (
      <main className="space-y-4 pt-6">
        <h1 className="text-2xl font-semibold">Reminders are off</h1>
        <p role="status">
          You will not get reminder emails from {state.practiceName} any more. Your homework and
          your personal link are just as they were, whenever you want them.
        </p>
      </main>
    );
  }

  return (
    <main className="space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">Stop reminder emails?</h1>
      <p>
        {state.practiceName} sends you an occasional reminder when homework is waiting. You can turn
        these reminders off; your homework and your personal link stay as they are.
      </p>
      <form action={stopReminders.bind(null, token)}>
        <button
          type="submit"
          className="min-h-12 w-full rounded-lg bg-brand-700 px-4 font-semibold text-white"
        >
          Stop reminder emails
        </button>
      </form>
    </main>
  );
}
