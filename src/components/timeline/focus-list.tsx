import { PrivateNote } from "./private-note";

export interface FocusView {
  text: string;
  /** "From Alex's private entries" when the highlights behind it rest on any */
  privateNote: string | null;
}

/** The suggested focus for the next session, from the highlights by the timeline's stated rules. */
export function FocusList({ focus }: { focus: FocusView[] }) {
  if (focus.length === 0)
    return (
      <p className="text-sm text-slate-600">
        Nothing in particular: follow the couple&rsquo;s lead.
      </p>
    );
  return (
    <ol aria-label="Suggested focus" className="list-decimal space-y-3 pl-5">
      {focus.map((f) => (
        <li key={f.text} className="space-y-1 text-slate-900" data-testid="focus">
          <p>{f.text}</p>
          {f.privateNote ? <PrivateNote note={f.privateNote} /> : null}
        </li>
      ))}
    </ol>
  );
}
