import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "~/components/partner/contact-form";
import { requirePartner } from "~/server/partner-session/require-partner";
import { api } from "~/server/trpc/server";

export const metadata: Metadata = { title: "Email and contact" };

export default async function PartnerSettingsPage() {
  const partner = await requirePartner();
  return (
    <main className="space-y-6">
      <Link
        href="/c"
        prefetch={false}
        className="inline-block py-2 text-[15px] font-medium text-brand-700 underline"
      >
        ← My homework
      </Link>
      <h1 className="text-2xl font-semibold">Email and contact</h1>
      {partner.shownOnScreen ? (
        <p>
          These choices can only be changed from the link emailed to you. Ask your therapist to
          email you one.
        </p>
      ) : (
        <ContactForm initial={await (await api()).partner.contact()} />
      )}
      <section aria-labelledby="device-heading" className="space-y-2">
        <h2 id="device-heading" className="text-lg font-semibold">
          This device
        </h2>
        <p>
          {partner.device === "own"
            ? "You said this is your own device."
            : partner.device === "shared"
              ? "You said this device is shared."
              : "You haven't said whose device this is, so it is treated as shared."}{" "}
          <a href="/c/device" className="font-medium text-brand-700 underline">
            Change
          </a>
        </p>
      </section>
    </main>
  );
}
