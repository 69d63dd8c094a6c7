import Link from "next/link";
import { dateFormat } from "~/dates";
import type { BillingStanding } from "~/domain/billing";
import type { Role } from "~/domain/practice";
import type { DateSettings } from "~/dates";

/**
 * Owners see a failed payment at once, on every page; once new work is paused everyone sees why.
 * Partners never see billing.
 */
export function BillingBanner({
  standing,
  role,
  practiceId,
  dates,
}: {
  standing: BillingStanding;
  role: Role;
  practiceId: string;
  dates: DateSettings;
}) {
  const billing = `/p/${practiceId}/billing`;
  if (standing.kind === "grace" && role === "owner") {
    return (
      <div
        role="status"
        className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
      >
        <p className="mx-auto max-w-6xl">
          A payment failed. Everything keeps working until{" "}
          {dateFormat(dates).day(standing.graceEndsAt)}.{" "}
          <Link href={billing} className="font-semibold underline">
            Update billing
          </Link>
        </p>
      </div>
    );
  }
  if (standing.kind === "restricted") {
    return (
      <div
        role="status"
        className="border-b border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950"
      >
        <p className="mx-auto max-w-6xl">
          New homework and invitations are paused until billing is sorted out; reading, reviewing,
          exporting and everything partners do carry on.{" "}
          {role === "owner" ? (
            <Link href={billing} className="font-semibold underline">
              Go to billing
            </Link>
          ) : (
            "An owner can update billing."
          )}
        </p>
      </div>
    );
  }
  return null;
}
