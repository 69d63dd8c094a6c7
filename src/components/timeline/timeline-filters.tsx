import { Button, ButtonLink } from "~/components/ui/button";
import { ChoiceGroup } from "~/components/ui/choice-group";
import { SelectField, TextField } from "~/components/ui/field";
import { getKind } from "~/homework/registry";
import { kindKeys } from "~/homework/types";
import type { PartnerPosition } from "~/timeline/types";
import { rangePresets, type TimelineFilter } from "./timeline-filter";

interface Props {
  filter: TimelineFilter;
  partners: Record<PartnerPosition, string>;
  /** the page without filters, to start over */
  resetHref: string;
}

const kinds = kindKeys.map((key) => ({ value: key, label: getKind(key).title }));

/**
 * A plain GET form: the filters live in the URL, so a view can be reloaded, bookmarked and
 * exported. The custom dates show only while "Custom dates" is chosen (CSS, no script needed).
 */
export function TimelineFilters({ filter, partners, resetHref }: Props) {
  return (
    <form role="search" aria-label="Filter the timeline" className="group space-y-5">
      <ChoiceGroup
        name="range"
        legend="Period"
        type="radio"
        options={[...rangePresets]}
        defaultValues={[filter.range]}
      />
      <div className="hidden gap-3 group-has-[#range-custom:checked]:grid sm:grid-cols-2">
        <TextField id="from" label="From" type="date" defaultValue={filter.from} />
        <TextField id="to" label="To (included)" type="date" defaultValue={filter.to} />
      </div>
      <ChoiceGroup
        name="kind"
        legend="Kinds of homework"
        hint="Tick none to see every kind."
        type="checkbox"
        options={kinds}
        defaultValues={filter.kinds}
      />
      <div className="max-w-xs">
        <SelectField
          id="partner"
          label="Partner"
          defaultValue={filter.partner ? String(filter.partner) : ""}
          options={[
            { value: "", label: "Both partners" },
            { value: "1", label: partners[1] },
            { value: "2", label: partners[2] },
          ]}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Show timeline</Button>
        <ButtonLink href={resetHref} variant="secondary">
          Reset filters
        </ButtonLink>
      </div>
    </form>
  );
}
