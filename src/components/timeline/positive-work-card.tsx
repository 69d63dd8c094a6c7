import type { PositiveGroup } from "~/timeline/positive-lines";

/** Rituals kept, small wins and reflections, beside the hurts and repairs. */
export function PositiveWorkList({ groups }: { groups: PositiveGroup[] }) {
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <section key={group.id} data-testid={`positive-${group.id}`}>
          <h3 className="font-medium">{group.heading}</h3>
          {group.lines.length === 0 ? (
            <p className="text-sm text-slate-600">{group.empty}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {group.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
