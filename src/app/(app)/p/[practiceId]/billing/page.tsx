import type { Metadata } from "next";
import { orNotFound } from "~/components/app/server-call";
import { Alert } from "~/components/ui/alert";
import { Card, PageTitle } from "~/components/ui/card";
import { dateFormat, type DateFormat } from "~/dates";
import { formatMoney, seatDefinition, type BillingStanding } from "~/domain/billing";
import { api } from "~/server/trpc/server";
import { BillingButtons } from "./billing-buttons";

export const metadata: Metadata = { title: "Billing" };

function standingText(standing: BillingStanding, day: DateFormat["day"]): string {
  switch (standing.kind) {
    case "off":
      return "Billing is off on this server, so nothing is limited.";
    case "exempt":
      return "This practice is not billed: nothing is limited.";
    case "trial":
      return `Free trial until ${day(standing.endsAt)}. No card needed until you subscribe.`;
    case "subscribed":
      return standing.trialEndsAt
        ? `Subscribed. The free trial runs until ${day(standing.trialEndsAt)}; the first charge is then.`
        : "Subscribed.";
    case "grace":
      return `A payment failed. Everything keeps working until ${day(standing.graceEndsAt)}: update the card in the billing portal before then.`;
    case "restricted":
      return "New homework and invitations are paused until billing is sorted out. Everything else, and everything partners do, carries on.";
  }
}

export default async function BillingPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<{ checkout?: string }>;
}) {
  const { practiceId } = await params;
  const { checkout } = await searchParams;
  const caller = await api();
  const practice = await orNotFound(caller.practices.current({ practiceId }));
  if (practice.role === "therapist") {
    return (
      <>
        <PageTitle>Billing</PageTitle>
        <Card>Only owners and admins see billing.</Card>
      </>
    );
  }
  const summary = await orNotFound(caller.billing.summary({ practiceId }));
  const { day } = dateFormat({ style: practice.dateStyle, timeZone: practice.timeZone });
  const money = (amount: number, currency: string) => formatMoney(amount, currency);
  const warn = summary.standing.kind === "grace" || summary.standing.kind === "restricted";
  return (
    <>
      <PageTitle>Billing</PageTitle>
      <div className="space-y-6">
        {checkout === "done" ? (
          <Alert tone="success">
            Thank you. Stripe confirms the subscription in a moment; this page shows it once it has.
          </Alert>
        ) : null}
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Plan</h2>
          {warn ? (
            <Alert tone="error">{standingText(summary.standing, day)}</Alert>
          ) : (
            <p>{standingText(summary.standing, day)}</p>
          )}
          {summary.price ? (
            <p className="mt-2">
              Monthly, per seat: {money(summary.price.unitAmount, summary.price.currency)} a seat
              each {summary.price.interval}.
            </p>
          ) : null}
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">Seats in use</dt>
            <dd data-testid="seats-used">{summary.seatsUsed}</dd>
            {summary.seatsPaid !== null ? (
              <>
                <dt className="font-medium">Seats paid for</dt>
                <dd data-testid="seats-paid">{summary.seatsPaid}</dd>
              </>
            ) : null}
            {summary.nextInvoice ? (
              <>
                <dt className="font-medium">Next invoice</dt>
                <dd>
                  {money(summary.nextInvoice.amount, summary.nextInvoice.currency)} on{" "}
                  {day(summary.nextInvoice.date)}
                </dd>
              </>
            ) : null}
            {summary.cancelAtPeriodEnd ? (
              <>
                <dt className="font-medium">Cancellation</dt>
                <dd>The subscription ends at the end of this period.</dd>
              </>
            ) : null}
          </dl>
          <p className="mt-4 text-sm text-slate-600">{seatDefinition}</p>
          {summary.enabled && summary.standing.kind !== "exempt" ? (
            <BillingButtons
              practiceId={practiceId}
              canManage={summary.canManage}
              hasSubscription={summary.hasSubscription}
              hasCustomer={summary.hasCustomer}
              seatPrice={
                summary.price ? money(summary.price.unitAmount, summary.price.currency) : null
              }
            />
          ) : null}
        </Card>
        {summary.enabled ? (
          <Card>
            <h2 className="mb-2 text-lg font-semibold">Recent invoices</h2>
            {summary.invoices.length === 0 ? (
              <p>No invoices yet.</p>
            ) : (
              <ul className="divide-y divide-slate-200">
                {summary.invoices.map((invoice) => (
                  <li key={invoice.id} className="flex flex-wrap justify-between gap-2 py-2">
                    <span>
                      {day(invoice.issuedAt)} · {money(invoice.amount, invoice.currency)} ·{" "}
                      {invoice.status}
                    </span>
                    {invoice.url ? (
                      <a href={invoice.url} className="text-brand-700 underline" rel="noreferrer">
                        Invoice {invoice.number ?? ""} (Stripe)
                      </a>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
