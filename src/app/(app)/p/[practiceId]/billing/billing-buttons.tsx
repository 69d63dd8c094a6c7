"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

interface Props {
  practiceId: string;
  canManage: boolean;
  hasSubscription: boolean;
  hasCustomer: boolean;
  seatPrice: string | null;
}

/** Checkout, the portal and seats: owners only; admins read why. */
export function BillingButtons({
  practiceId,
  canManage,
  hasSubscription,
  hasCustomer,
  seatPrice,
}: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const go = { onSuccess: ({ url }: { url: string }) => window.location.assign(url) };
  const checkout = useMutation(trpc.billing.checkout.mutationOptions(go));
  const portal = useMutation(trpc.billing.portal.mutationOptions(go));
  const seat = useMutation(
    trpc.billing.addSeat.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  if (!canManage) {
    return <p className="mt-4 text-sm">Only an owner can subscribe or change seats.</p>;
  }
  const busy = checkout.isPending || portal.isPending || seat.isPending;
  return (
    <div className="mt-4 space-y-3">
      <FormError error={checkout.error ?? portal.error ?? seat.error} />
      <div className="flex flex-wrap gap-2">
        {hasSubscription ? null : (
          <Button disabled={busy} onClick={() => checkout.mutate({ practiceId })}>
            Subscribe with Stripe
          </Button>
        )}
        {hasCustomer ? (
          <Button variant="secondary" disabled={busy} onClick={() => portal.mutate({ practiceId })}>
            Manage card, invoices or cancel
          </Button>
        ) : null}
        {hasSubscription ? (
          <Button variant="secondary" disabled={busy} onClick={() => seat.mutate({ practiceId })}>
            Add a seat{seatPrice ? ` (${seatPrice} a month, prorated)` : ""}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
