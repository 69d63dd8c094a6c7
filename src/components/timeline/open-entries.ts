/** The id of an entry's <details> in the lanes, the target of links from highlights. */
export function entryAnchor(entryId: string): string {
  return `entry-${entryId}`;
}

/**
 * Open the given entries in the lanes, mark them as the ones asked for, and take the reader (and
 * keyboard focus) to the first. Returns how many were found in the lanes as filtered now.
 */
export function openEntries(entryIds: readonly string[]): number {
  for (const marked of document.querySelectorAll("[data-asked-for]"))
    marked.removeAttribute("data-asked-for");
  const found = entryIds
    .map((id) => document.getElementById(entryAnchor(id)))
    .filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement);
  for (const details of found) {
    details.open = true;
    details.setAttribute("data-asked-for", "");
  }
  const first = found[0];
  if (first) {
    first.scrollIntoView({ block: "start" });
    first.querySelector("summary")?.focus({ preventScroll: true });
  }
  return found.length;
}
