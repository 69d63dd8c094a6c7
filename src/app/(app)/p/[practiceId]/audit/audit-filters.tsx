import Link from "next/link";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { auditActionLabels, ZAuditActionSchema } from "~/server/audit/audit-actions";
import { WITHOUT_ACCOUNT } from "~/server/audit/audit-filter";

/** The form's values as typed (kept even when invalid, so they can be corrected). */
export interface AuditFilterValues {
  who?: string;
  action?: string;
  couple?: string;
  from?: string;
  to?: string;
}

interface Props {
  values: AuditFilterValues;
  errors: Partial<Record<keyof AuditFilterValues, string[]>>;
  members: { userId: string; name: string }[];
  couples: { id: string; label: string }[];
  /** the page itself, for "Clear filters" */
  clearHref: string;
}

const actionOptions = ZAuditActionSchema.options
  .map((value) => ({ value, label: auditActionLabels[value] }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** A GET form: the filters live in the URL, so a filtered view reloads, pages and can be shared. */
export function AuditFilters({ values, errors, members, couples, clearHref }: Props) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter the audit log"
      noValidate
      className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <SelectField
        id="who"
        label="Who"
        defaultValue={values.who ?? ""}
        error={errors.who}
        options={[
          { value: "", label: "Anyone" },
          { value: WITHOUT_ACCOUNT, label: "Partners and the system" },
          ...members.map((m) => ({ value: m.userId, label: m.name })),
        ]}
      />
      <SelectField
        id="action"
        label="What"
        defaultValue={values.action ?? ""}
        error={errors.action}
        options={[{ value: "", label: "Any action" }, ...actionOptions]}
      />
      <SelectField
        id="couple"
        label="Couple"
        defaultValue={values.couple ?? ""}
        error={errors.couple}
        options={[
          { value: "", label: "Any couple" },
          ...couples.map((c) => ({ value: c.id, label: c.label })),
        ]}
      />
      <TextField
        id="from"
        label="From (first day)"
        type="date"
        defaultValue={values.from ?? ""}
        error={errors.from}
      />
      <TextField
        id="to"
        label="To (last day)"
        type="date"
        defaultValue={values.to ?? ""}
        error={errors.to}
      />
      <div className="flex flex-wrap items-end gap-3">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        <Link href={clearHref} className="min-h-11 py-2.5 font-medium text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
