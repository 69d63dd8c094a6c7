/**
 * Choosing a time zone: the zones most practices are in come first, each named the way people
 * say it ("Chicago — Central Time"), then every zone the runtime knows. Pure: the picker and the
 * tests share it.
 */

/** Where Attune's practices mostly are: North America, the UK and Ireland, Europe, Oceania. */
const COMMON_TIME_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Toronto",
  "America/Vancouver",
  "America/Halifax",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Madrid",
  "Europe/Amsterdam",
  "Australia/Sydney",
  "Australia/Melbourne",
  "Australia/Brisbane",
  "Australia/Perth",
  "Pacific/Auckland",
  "Asia/Singapore",
  "Asia/Kolkata",
  "Africa/Johannesburg",
  "UTC",
];

export interface TimeZoneChoice {
  value: string;
  label: string;
  group: "Common time zones" | "All time zones";
}

function zoneName(zone: string, at: Date, style: "longGeneric" | "shortOffset"): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

function place(zone: string): string {
  return (zone.split("/").pop() ?? zone).replaceAll("_", " ");
}

/** Every zone as a choice: the common ones first, named for people, then all of them A–Z. */
export function timeZoneChoices(all: readonly string[], at: Date = new Date()): TimeZoneChoice[] {
  const known = new Set(all);
  const common = COMMON_TIME_ZONES.filter((zone) => known.has(zone)).map(
    (zone): TimeZoneChoice => ({
      value: zone,
      label:
        zone === "UTC"
          ? "UTC — Coordinated Universal Time"
          : `${place(zone)} — ${zoneName(zone, at, "longGeneric")} (${zoneName(zone, at, "shortOffset")})`,
      group: "Common time zones",
    }),
  );
  const rest = [...known]
    .filter((zone) => !COMMON_TIME_ZONES.includes(zone))
    .sort()
    .map((zone): TimeZoneChoice => ({
      value: zone,
      label: `${zone.replaceAll("_", " ")} (${zoneName(zone, at, "shortOffset")})`,
      group: "All time zones",
    }));
  return [...common, ...rest];
}

/** The choices a search matches (any word of the name or the zone id, any case); all when empty. */
export function searchTimeZones(
  choices: readonly TimeZoneChoice[],
  query: string,
): TimeZoneChoice[] {
  const words = query.toLowerCase().replaceAll("_", " ").split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => {
    const haystack = `${choice.label} ${choice.value.replaceAll("_", " ")}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
