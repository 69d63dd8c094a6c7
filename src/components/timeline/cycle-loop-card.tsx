import { PrivateNote } from "./private-note";

export interface CycleLoopView {
  text: string;
  basis: string;
  privateNote: string | null;
}

/** The cycle as a loop the couple can recognise, "the more one…, the more the other…". */
export function CycleLoopCard({ loop }: { loop: CycleLoopView | null }) {
  if (!loop)
    return (
      <p className="text-sm text-slate-600">
        No cycle map in this period says what both partners did, so there is no loop to state yet.
      </p>
    );
  return (
    <div className="space-y-1" data-testid="cycle-loop">
      <p className="text-slate-900">{loop.text}</p>
      <p className="text-xs text-slate-600">
        {loop.basis}. The cycle is the problem, not either of them.
      </p>
      {loop.privateNote ? <PrivateNote note={loop.privateNote} /> : null}
    </div>
  );
}
