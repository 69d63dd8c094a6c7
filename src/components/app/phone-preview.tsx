import type { CoupleItemOption } from "~/components/partner/couple-item-input";
import { EntryForm } from "~/components/partner/entry-form";
import { getKind } from "~/homework/registry";
import type { KindKey, Section } from "~/homework/types";
import { DEFAULT_SECRETS_POLICY } from "~/domain/safety-texts";

export interface PreviewWording {
  kind: KindKey;
  title: string;
  instructions: string;
  /** the assignment's note to the couple, when previewing one */
  note?: string | null;
  sections: Section[];
  asksWhen: boolean;
}

/** Stand-ins for a couple's own rituals and small wins, so the preview shows their tick list. */
const previewItems: CoupleItemOption[] = [
  {
    id: "preview-ritual-1",
    label: "A proper goodbye in the morning",
    type: "ritual",
    rhythm: "daily",
  },
  { id: "preview-ritual-2", label: "A walk together on Sunday", type: "ritual", rhythm: "weekly" },
  { id: "preview-win-1", label: "Cook together once a week", type: "small_win", rhythm: null },
];

/**
 * A homework form exactly as a partner sees it on a 375px-wide phone: the partner page's header and
 * the same EntryForm, in preview mode (nothing is stored or sent).
 */
export function PhonePreview({
  wording,
  crisisText,
}: {
  wording: PreviewWording;
  crisisText: string;
}) {
  return (
    <div className="mx-auto w-full max-w-[391px]">
      <div className="overflow-hidden rounded-[2rem] border-8 border-slate-800 bg-paper shadow-lg">
        <div
          role="region"
          aria-label={`Preview of ${wording.title}, as a partner sees it`}
          tabIndex={0}
          className="max-h-[44rem] space-y-6 overflow-y-auto px-4 pt-4 pb-10 text-[17px] leading-relaxed"
        >
          <header className="space-y-2">
            <p className="text-2xl font-semibold">{wording.title}</p>
            <p className="text-slate-700">{wording.instructions}</p>
            {wording.note ? (
              <p className="rounded-lg bg-brand-50 p-3 text-brand-800">
                <span className="font-medium">From your therapist: </span>
                {wording.note}
              </p>
            ) : null}
          </header>
          <EntryForm
            preview
            partnerId="preview"
            assignmentId="preview"
            kind={wording.kind}
            sections={wording.sections}
            asksWhen={wording.asksWhen}
            crisisText={crisisText}
            secretsPolicy={DEFAULT_SECRETS_POLICY}
            draftPlace={{ ownDevice: false, draftDays: 0 }}
            entryRefOptions={[]}
            coupleItemOptions={previewItems}
            defaultShared={getKind(wording.kind).defaultVisibility === "shared"}
            neverShared={getKind(wording.kind).neverShared}
          />
        </div>
      </div>
      <p className="mt-2 text-center text-sm text-slate-600">
        Preview: try it out — nothing is saved or sent.
      </p>
    </div>
  );
}
