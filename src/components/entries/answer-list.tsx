import type { AnswerRow } from "~/homework/answers";

export function AnswerList({ rows }: { rows: AnswerRow[] }) {
  return (
    <dl className="space-y-3">
      {rows.map((row, i) => (
        <div key={i}>
          <dt className="text-[15px] text-slate-600">{row.label}</dt>
          <dd className="whitespace-pre-wrap">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
