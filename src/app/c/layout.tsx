import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { IdleSignOut } from "~/components/partner/idle-sign-out";
import { QuickExit } from "~/components/partner/quick-exit";
import { SignOutButton } from "~/components/partner/sign-out-button";
import { env } from "~/env";
import { currentPartner } from "~/server/partner-session/current-partner";

export const metadata: Metadata = {
  // Titles show in tabs and history on a shared phone: plain words, no product name.
  title: { default: "Your homework", template: "%s" },
  description: "Your homework.",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
  // "Add to home screen" on a shared phone shows a plain "Homework" tile, nothing about therapy.
  applicationName: "Homework",
  manifest: "/homework.webmanifest",
  appleWebApp: { title: "Homework" },
  icons: { apple: "/homework/apple-touch-icon.png" },
};

export const viewport: Viewport = { themeColor: "#ffffff" };

/**
 * Partner pages: opened from an email on a phone. Plain, large, quick. Quick exit comes first on
 * every page (first in tab order, fixed in a corner); a signed-in partner also gets help and
 * sign-out at the foot of every page.
 */
export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const partner = await currentPartner();
  return (
    <div className="mx-auto min-h-screen max-w-xl px-4 pt-14 pb-16 text-[17px] leading-relaxed">
      <QuickExit to={env.QUICK_EXIT_URL} />
      {partner && partner.device !== "own" ? <IdleSignOut minutes={partner.idleMinutes} /> : null}
      {children}
      {partner ? (
        <footer className="mt-16 border-t border-slate-200 pt-4">
          <nav
            aria-label="Help and account"
            className="flex flex-wrap items-center gap-x-6 gap-y-1 text-[15px]"
          >
            <Link
              href="/c/help"
              prefetch={false}
              className="min-h-11 py-2 text-slate-700 underline"
            >
              I need help
            </Link>
            <Link
              href="/c/settings"
              prefetch={false}
              className="min-h-11 py-2 text-slate-700 underline"
            >
              Email and contact
            </Link>
            <SignOutButton />
          </nav>
        </footer>
      ) : null}
    </div>
  );
}
