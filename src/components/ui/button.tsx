import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
} as const;

type Variant = keyof typeof variants;

const base =
  "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed";

/**
 * `actionOf` names what a short button acts on for screen readers: "Pause" becomes "Pause: Weekly
 * hurts log". It is an aria-label, not hidden text: Chromium puts a space before out-of-flow text
 * ("Pause : …"), so a visually hidden span would not give the name the visible words start.
 */
interface Naming {
  variant?: Variant;
  actionOf?: string;
}

function actionName(children: ReactNode, of: string | undefined): string | undefined {
  return of !== undefined && typeof children === "string" ? `${children}: ${of}` : undefined;
}

export function Button({
  variant = "primary",
  className = "",
  actionOf,
  ...props
}: ComponentProps<"button"> & Naming) {
  return (
    <button
      type="button"
      aria-label={actionName(props.children, actionOf)}
      className={`${base} ${variants[variant]} ${className}`}
      {...props}
    />
  );
}

export function ButtonLink({
  variant = "primary",
  className = "",
  actionOf,
  ...props
}: ComponentProps<typeof Link> & Naming) {
  return (
    <Link
      aria-label={actionName(props.children, actionOf)}
      className={`${base} ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
