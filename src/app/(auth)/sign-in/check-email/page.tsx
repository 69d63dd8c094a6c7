import type { Metadata } from "next";
import Link from "next/link";
import { devMailboxEnabled } from "~/env";

export const metadata: Metadata = { title: "Check your email" };
// Whether to point at the local mailbox is decided by the running server, not the build.
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Check your email</h1>
      <p className="text-sm text-slate-700">
        We sent you a sign-in link. It works once and expires in an hour. You can close this tab.
      </p>
      {devMailboxEnabled() ? (
        <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          Development: email goes to the{" "}
          <Link className="font-semibold underline" href="/dev/mailbox">
            local mailbox
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}
