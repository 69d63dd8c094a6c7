import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Attune", template: "%s · Attune" },
  description: "Between-session homework and patterns for couples therapists.",
  // A private clinical app: nothing in it belongs in a search engine (robots.txt says so too).
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5257" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so Next can put that response's CSP nonce on its scripts
  // (a page prerendered at build time would carry none and its scripts would be blocked).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
