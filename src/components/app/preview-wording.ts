import { getKind } from "~/homework/registry";
import { resolveSections, type PromptOverrides } from "~/homework/prompt-wording";
import type { KindKey } from "~/homework/types";
import type { PreviewWording } from "./phone-preview";

/** What a partner would see for a kind in a given wording (the built-in one when none is given). */
export function previewWording(
  kind: KindKey,
  wording?: { title: string; instructions: string; prompts: PromptOverrides },
): PreviewWording {
  const definition = getKind(kind);
  return {
    kind,
    title: wording?.title ?? definition.title,
    instructions: wording?.instructions ?? definition.instructions,
    sections: resolveSections(definition, wording?.prompts ?? {}),
    asksWhen: definition.asksWhen,
  };
}
