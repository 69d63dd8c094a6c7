type ZonelessOptions = Omit<Intl.DateTimeFormatOptions, "timeZone">;

const cache = new WeakMap<ZonelessOptions, Map<string, Intl.DateTimeFormat>>();

/**
 * An en-US Intl formatter for one zone and one (module-level, reused) options object, built once:
 * building one is far slower than using it, and timelines and pages format thousands of instants.
 */
export function zoneFormatter(timeZone: string, options: ZonelessOptions): Intl.DateTimeFormat {
  let byZone = cache.get(options);
  if (!byZone) {
    byZone = new Map();
    cache.set(options, byZone);
  }
  let formatter = byZone.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    byZone.set(timeZone, formatter);
  }
  return formatter;
}
