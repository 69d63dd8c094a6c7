import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Your homework", template: "%s · Attune" },
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** Client pages: opened from an email on a phone. Plain, large, quick. */
export default function ClientLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto min-h-screen max-w-xl px-4 pt-4 pb-16 text-[17px] leading-relaxed">
      {children}
    </div>
  );
}
