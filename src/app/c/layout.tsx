import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Your homework", template: "%s · Attune" },
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

/** Partner pages: opened from an email on a phone. Plain, large, quick. */
export default function PartnerLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto min-h-screen max-w-xl px-4 pt-4 pb-16 text-[17px] leading-relaxed">
      {children}
    </div>
  );
}
