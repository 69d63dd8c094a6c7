import { isKindKey } from "~/homework/registry";
import type { KindKey } from "~/homework/types";
import type { TemplateChoice } from "./assign-homework-form";

/** The assign form's homework options: built-in kinds, then the practice's own wordings. */
export function templateChoices(library: {
  builtIn: { kind: KindKey; title: string }[];
  practice: { familyId: string; kind: string; title: string; version: number }[];
}): TemplateChoice[] {
  const builtIn = library.builtIn.map((k) => ({
    value: `kind:${k.kind}`,
    label: k.title,
    group: "Built-in",
    kind: k.kind,
    familyId: null,
  }));
  const own = library.practice.flatMap((t) =>
    isKindKey(t.kind)
      ? [
          {
            value: `family:${t.familyId}`,
            label: `${t.title} (v${t.version})`,
            group: "Our wordings",
            kind: t.kind,
            familyId: t.familyId,
          },
        ]
      : [],
  );
  return [...builtIn, ...own];
}
