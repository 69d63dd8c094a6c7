import type { ReactNode } from "react";

const base =
  "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold transition-colors";
const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
} as const;

/**
 * A file to download, looking like a button. A plain <a>, not next/link: prefetching it would
 * render (and audit) an export nobody asked for.
 */
export function DownloadLink({
  href,
  variant = "primary",
  children,
}: {
  href: string;
  variant?: keyof typeof variants;
  children: ReactNode;
}) {
  return (
    <a href={href} download className={`${base} ${variants[variant]}`}>
      {children}
    </a>
  );
}
