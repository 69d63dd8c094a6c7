import type { Metadata } from "next";
import { requirePartner } from "~/server/partner-session/require-partner";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Your device" };

/**
 * Asked on opening a link: whose device is this? The answer sets how long the partner stays
 * signed in and where unsent answers are kept. Not answering counts as shared.
 */
export default async function DevicePage() {
  const partner = await requirePartner();
  const { idleMinutes } = await (await api()).partner.practice();
  const button =
    "min-h-14 w-full rounded-lg px-4 text-left text-lg font-semibold border-2 border-brand-700";
  return (
    <main className="space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">Is this your own device?</h1>
      <p>If anyone else uses this phone, tablet or computer, choose shared.</p>
      <form method="post" action="/c/session/device" className="space-y-4">
        <div className="space-y-1">
          <button
            type="submit"
            name="device"
            value="own"
            aria-describedby="own-note"
            className={`${button} bg-white text-brand-800`}
          >
            Yes, only I use it
          </button>
          <p id="own-note" className="text-[15px] text-slate-600">
            You stay signed in until your link expires. Unsent answers are kept on this device for
            up to {partner.draftDays} days.
          </p>
        </div>
        <div className="space-y-1">
          <button
            type="submit"
            name="device"
            value="shared"
            aria-describedby="shared-note"
            className={`${button} bg-brand-700 text-white`}
          >
            It&rsquo;s shared, or I&rsquo;m not sure
          </button>
          <p id="shared-note" className="text-[15px] text-slate-600">
            You are signed out after {idleMinutes} minutes without use. Unsent answers are kept only
            until you send them or close this tab.
          </p>
        </div>
      </form>
    </main>
  );
}
