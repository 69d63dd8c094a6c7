import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import "./globals.css";

// Bundled from an npm package: builds must not reach Google Fonts.
const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Attune", template: "%s · Attune" },
  description: "Between-session homework and patterns for couples therapists.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5257" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
