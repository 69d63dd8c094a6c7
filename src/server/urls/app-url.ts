import { env } from "~/env";

/**
 * Every absolute URL Attune builds starts from the configured APP_URL, never from the request's
 * Host or X-Forwarded-Host headers, which whoever sends the request controls.
 */
export function appUrl(path: string): URL {
  return new URL(path, env.APP_URL);
}

/**
 * A return path from input (a `callbackUrl`, a `next` parameter) resolved against APP_URL and
 * kept only when it stays on Attune's own origin; anything else becomes `fallback`. Resolving
 * with `URL` catches what a prefix check misses (`/\evil.example`, `//evil`, `https:evil`).
 */
export function sameOriginPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, env.APP_URL);
  } catch {
    return fallback;
  }
  if (resolved.origin !== new URL(env.APP_URL).origin) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/.//evil.example" resolves on our origin to the path "//evil.example", which a browser
  // reads as another host: a path must not start with two slashes (or a slash and a backslash).
  if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
