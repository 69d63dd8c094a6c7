/** What the invite form says when every paid seat is taken, before anyone presses Send. */
export interface SeatOffer {
  seatsPaid: number;
  /** "$40.00", or null when Stripe's price could not be shown */
  price: string | null;
  interval: string;
  canAdd: boolean;
}

export function SeatNotice({ offer }: { offer: SeatOffer }) {
  const seats = `${offer.seatsPaid} paid ${offer.seatsPaid === 1 ? "seat is" : "seats are"} in use`;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      All {seats}.{" "}
      {offer.canAdd
        ? `Sending this invitation adds a seat: ${offer.price ?? "one seat's price"} a ${offer.interval}, charged now for the rest of this billing period.`
        : "Ask an owner to add a seat before inviting someone."}
    </p>
  );
}
