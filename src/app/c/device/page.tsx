import type { Metadata } from "next";
import { DeviceQuestion } from "~/components/partner/device-question";
import { requirePartner } from "~/server/partner-session/require-partner";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Your device" };

/** The device question on its own page, to change the answer later (from Email and contact). */
export default async function DevicePage() {
  const partner = await requirePartner();
  const { idleMinutes } = await (await api()).partner.practice();
  return (
    <main className="pt-2">
      <DeviceQuestion idleMinutes={idleMinutes} draftDays={partner.draftDays} />
    </main>
  );
}
