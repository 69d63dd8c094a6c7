"use server";

import { redirect } from "next/navigation";
import { getDb } from "~/server/db";
import { unsubscribeFromReminders } from "~/server/reminders/unsubscribe";

/** The POST behind the button: mail scanners follow links, so opening the page changes nothing. */
export async function stopReminders(token: string): Promise<void> {
  await unsubscribeFromReminders(getDb(), token);
  redirect(`/c/unsubscribe/${encodeURIComponent(token)}`);
}
