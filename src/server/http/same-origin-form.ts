/**
 * Whether a form was posted from Attune's own pages. Browsers say so in Sec-Fetch-Site even
 * where a page's no-referrer policy turns Origin into "null"; without it, Origin must match.
 * Forms that sign someone in check this: a page elsewhere could otherwise sign a visitor in as
 * someone of its choosing.
 */
export function postedFromAttune(headers: Headers, appOrigin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = headers.get("origin");
  return origin === null || origin === "null" || origin === appOrigin;
}
