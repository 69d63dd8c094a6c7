import { Button, ButtonLink } from "~/components/ui/button";
import { ChoiceGroup } from "~/components/ui/choice-group";
import { SelectField, TextField } from "~/components/ui/field";
import { getKind } from "~/homework/registry";
import { kindKeys } from "~/homework/types";
import type { PartnerPosition } from "~/timeline/types";
import { filterSummary, rangePresets, type TimelineFilter } from "./timeline-filter";

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
function TimelineFilters({ filter, partners, resetHref }: Props) {
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

/**
 * The filters folded to one line ("Since last session · all kinds · both partners · Change") so
 * the numbers come first; a native disclosure, so it opens without script. It opens by itself
 * when part of the URL was ignored, to show what is being used instead.
 */
export function TimelineFilterBar(props: Props) {
  return (
    <details
      className="group/filters rounded-lg border border-slate-200 bg-white shadow-sm"
      open={props.filter.problem !== null}
      data-testid="timeline-filters"
    >
      <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-baseline justify-between gap-x-3 gap-y-1 rounded-lg px-4 py-3 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0 text-slate-800">
          <span className="font-semibold">Filters: </span>
          <span data-testid="filter-summary">{filterSummary(props.filter, props.partners)}</span>
        </span>
        <span className="font-semibold text-brand-700 underline underline-offset-2">
          <span className="group-open/filters:hidden">Change</span>
          <span className="hidden group-open/filters:inline">Hide filters</span>
        </span>
      </summary>
      <div className="border-t border-slate-200 px-4 py-4 sm:px-6">
        <TimelineFilters {...props} />
      </div>
    </details>
  );
}
