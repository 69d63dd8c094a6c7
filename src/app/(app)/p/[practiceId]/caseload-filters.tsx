import { caseloadSortLabel, caseloadSorts } from "~/validation/caseload";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import type { CaseloadFilter } from "~/validation/caseload";
import { coupleStatuses, coupleStatusLabel } from "~/domain/couple";
import { optionsOf } from "~/domain/options";

interface Props {
  filter: CaseloadFilter;
  therapists: { value: string; label: string }[] | null;
  /** where the form posts: the search handler, which keeps names out of the URL */
  action: string;
}

/**
 * Status and therapist filters end up in the URL (they survive reloads and can be shared); the
 * name searched for does not: client names stay out of history, referrers and logs.
 */
export function CaseloadFilters({ filter, therapists, action }: Props) {
  return (
    <form
      method="post"
      action={action}
      role="search"
      aria-label="Filter couples"
      className="mb-6 grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end"
    >
      <TextField id="q" label="Search by name" type="search" defaultValue={filter.search ?? ""} />
      <SelectField
        id="status"
        label="Status"
        defaultValue={filter.status}
        options={[
          { value: "current", label: "Active and paused" },
          ...optionsOf(coupleStatuses, coupleStatusLabel),
          { value: "all", label: "All" },
        ]}
      />
      {therapists ? (
        <SelectField
          id="therapist"
          label="Therapist"
          defaultValue={filter.therapistUserId ?? ""}
          options={[{ value: "", label: "Everyone" }, ...therapists]}
        />
      ) : null}
      <SelectField
        id="sort"
        label="Sort by"
        defaultValue={filter.sort}
        options={optionsOf(caseloadSorts, caseloadSortLabel)}
      />
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </form>
  );
}
