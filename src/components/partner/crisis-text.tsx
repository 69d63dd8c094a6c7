import { crisisLinks } from "~/domain/crisis-links";

/** The practice's crisis text with every number a tap-to-call (or tap-to-text) link. */
export function CrisisText({ text }: { text: string }) {
  return (
    <>
      {crisisLinks(text).map((part, i) =>
        part.kind === "text" ? (
          <span key={i}>{part.text}</span>
        ) : (
          <a key={i} href={part.href} className="font-semibold whitespace-nowrap underline">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

/** "Who reads this?": the practice's secrets policy, folded away beside a privacy choice. */
export function WhoReadsThis({ policy }: { policy: string }) {
  return (
    <details className="text-[15px] text-slate-700">
      <summary className="cursor-pointer py-1 font-medium text-brand-700 underline">
        Who reads this?
      </summary>
      <p className="mt-1">{policy}</p>
    </details>
  );
}
