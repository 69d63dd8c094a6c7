/** Marks what one partner wrote for the therapist alone, before anyone says it aloud. */
export function PrivateNote({ note }: { note: string }) {
  return (
    <p className="text-sm font-medium text-violet-900" data-testid="private-note">
      <span className="mr-1.5 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold">
        Private
      </span>
      {note}
    </p>
  );
}
