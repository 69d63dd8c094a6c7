import type { ReactNode } from "react";
import { SignOutButton } from "./sign-out-button";

/** Pages outside any practice: choosing one, creating one, accepting an invitation. */
export function CenteredPage({
  children,
  signedIn = true,
}: {
  children: ReactNode;
  signedIn?: boolean;
}) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-3">
          <span className="text-lg font-semibold text-brand-700">Attune</span>
          {signedIn ? <SignOutButton /> : null}
        </div>
      </header>
      <main className="mx-auto max-w-2xl px-4 py-8">{children}</main>
    </>
  );
}
