import Link from "next/link";
import { ButtonLink } from "~/components/ui/button";
import { getKind, isKindKey } from "~/homework/registry";
import type { KindKey } from "~/homework/types";
import { CopyTemplateButton } from "./copy-template-button";

const previewLink =
  "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-semibold text-brand-700 underline hover:bg-brand-50 aria-[current=true]:bg-brand-50 aria-[current=true]:no-underline";

function PreviewLink({ id, title, selected }: { id: string; title: string; selected: string }) {
  const current = id === selected;
  return (
    <Link
      href={`?preview=${id}#preview`}
      aria-current={current ? "true" : undefined}
      className={previewLink}
    >
      {current ? "Previewing" : "Preview"}
      <span className="sr-only"> {title}</span>
    </Link>
  );
}

interface BuiltIn {
  kind: KindKey;
  title: string;
  instructions: string;
}

export function BuiltInList({
  practiceId,
  kinds,
  selected,
}: {
  practiceId: string;
  kinds: BuiltIn[];
  selected: string;
}) {
  return (
    <ul className="divide-y divide-slate-200">
      {kinds.map((k) => (
        <li key={k.kind} className="space-y-2 py-4">
          <h3 className="font-semibold text-slate-900">{k.title}</h3>
          <p className="line-clamp-3 text-sm text-slate-700">{k.instructions}</p>
          <div className="flex flex-wrap items-center gap-2">
            <PreviewLink id={k.kind} title={k.title} selected={selected} />
            <CopyTemplateButton practiceId={practiceId} kind={k.kind} title={k.title} />
          </div>
        </li>
      ))}
    </ul>
  );
}

interface PracticeTemplate {
  familyId: string;
  kind: string;
  version: number;
  title: string;
  instructions: string;
}

export function PracticeTemplateList({
  practiceId,
  templates,
  selected,
}: {
  practiceId: string;
  templates: PracticeTemplate[];
  selected: string;
}) {
  if (templates.length === 0) {
    return (
      <p className="py-4 text-sm text-slate-600">
        None yet. Choose &ldquo;Make our own wording&rdquo; on a built-in kind to start one.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200">
      {templates.map((t) => (
        <li key={t.familyId} className="space-y-2 py-4">
          <h3 className="font-semibold text-slate-900">{t.title}</h3>
          <p className="text-sm text-slate-600">
            {isKindKey(t.kind) ? getKind(t.kind).title : t.kind} · version {t.version}
          </p>
          <p className="line-clamp-3 text-sm text-slate-700">{t.instructions}</p>
          <div className="flex flex-wrap items-center gap-2">
            <PreviewLink id={t.familyId} title={t.title} selected={selected} />
            <ButtonLink
              actionOf={t.title}
              variant="secondary"
              href={`/p/${practiceId}/homework/${t.familyId}`}
            >
              Edit wording
            </ButtonLink>
          </div>
        </li>
      ))}
    </ul>
  );
}
