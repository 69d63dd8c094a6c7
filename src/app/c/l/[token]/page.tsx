import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Button } from "~/components/ui/button";
import {
  DEVICE_COOKIE,
  PARTNER_COOKIE,
  previewPartnerLink,
} from "~/server/partner-session/partner-session";
import { getDb } from "~/server/db";
import { isLinkTokenShaped } from "~/server/tokens";

export const metadata: Metadata = { title: "Continue to your homework" };
export const dynamic = "force-dynamic";

/**
 * What a personal link opens: a page that changes nothing and shows no data, because mail
 * scanners and link previews fetch links too. The button POSTs the token to /c/open.
 */
export default async function PersonalLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!isLinkTokenShaped(token)) redirect("/c/new-link?reason=unknown");
  const jar = await cookies();
  const preview = await previewPartnerLink(getDb(), token, {
    deviceSession: jar.get(PARTNER_COOKIE)?.value,
    deviceCookie: jar.get(DEVICE_COOKIE)?.value,
  });
  if (preview.ok === "continue") redirect("/c");
  if (preview.ok === false) redirect(`/c/new-link?reason=${preview.reason}`);
  const replacing = preview.ok === "confirm";
  return (
    <main className="space-y-6 pt-6">
      <h1 className="text-2xl font-semibold">
        {replacing ? "Someone else is signed in here" : "Continue to your homework"}
      </h1>
      {replacing ? (
        <p>
          Another person&rsquo;s homework is open on this device. Continuing signs them out here and
          opens yours.
        </p>
      ) : (
        <p>This link opens your homework on this device.</p>
      )}
      <form method="post" action="/c/open">
        <input type="hidden" name="token" value={token} />
        {replacing && <input type="hidden" name="replace" value="1" />}
        <Button type="submit" className="w-full text-base">
          {replacing ? "Sign them out and continue" : "Continue"}
        </Button>
      </form>
    </main>
  );
}
