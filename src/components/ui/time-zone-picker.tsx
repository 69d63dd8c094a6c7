"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { searchTimeZones, type TimeZoneChoice } from "~/dates/time-zones";
import { control, describedBy, Shell, type FieldShell } from "./field";

interface Props extends FieldShell {
  /** From `timeZoneChoices`, computed on the server. */
  choices: TimeZoneChoice[];
  defaultValue: string;
  /** A new practice: start from the zone of the browser in front of the person, when known. */
  guessFromBrowser?: boolean;
}

const noChanges = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A time zone select with a search box above it: type "chic" or "central" and the list narrows.
 * Common zones come first. Without JavaScript it is a plain select of every zone.
 */
export function TimeZonePicker({
  id,
  label,
  hint,
  error,
  choices,
  defaultValue,
  guessFromBrowser,
}: Props) {
  const [chosen, setValue] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const searchId = useId();
  // The server cannot know the browser's zone: it renders the default, the browser its own.
  const browser = useSyncExternalStore(noChanges, browserTimeZone, () => null);
  const guess =
    guessFromBrowser && browser && choices.some((c) => c.value === browser) ? browser : null;
  const value = chosen ?? guess ?? defaultValue;

  const matches = searchTimeZones(choices, query);
  const selected = choices.find((c) => c.value === value);
  // The chosen zone stays listed, so narrowing the search never changes the answer silently.
  const shown = selected && !matches.includes(selected) ? [selected, ...matches] : matches;
  const groups = [...new Set(shown.map((c) => c.group))];
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <div className="space-y-2">
        <label htmlFor={searchId} className="sr-only">
          Find a zone by city or name
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search, e.g. Chicago or Central"
          autoComplete="off"
          className={control}
        />
        <select
          id={id}
          name={id}
          className={control}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          {groups.map((group) => (
            <optgroup key={group} label={group}>
              {shown
                .filter((c) => c.group === group)
                .map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {query && matches.length === 0 ? (
          <p className="text-sm text-slate-600" role="status">
            No time zone matches “{query}”. Try a city near you.
          </p>
        ) : null}
      </div>
    </Shell>
  );
}
