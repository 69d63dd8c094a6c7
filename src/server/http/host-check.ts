/**
 * Whether a request was addressed to Attune's configured APP_URL. Refusing every other host keeps
 * a forged Host (or X-Forwarded-Host) from reaching any code that might build a link from it,
 * and keeps Attune from answering under a name an attacker pointed at it.
 *
 * Behind `trustedHops` proxies, the Host header may be the proxy's upstream name and the name the
 * browser used travels in X-Forwarded-Host; every name in it must be ours, so a client that adds
 * its own entry only gets itself refused. With no proxy, X-Forwarded-Host is ignored.
 */
export function isAddressedToApp(headers: Headers, appUrl: string, trustedHops: number): boolean {
  const { host: expected, protocol } = new URL(appUrl);
  const forwarded = trustedHops > 0 ? headers.get("x-forwarded-host") : null;
  const names = forwarded ? forwarded.split(",") : [headers.get("host") ?? ""];
  return names.every((name) => normalizedHost(name.trim(), protocol) === expected);
}

/** Paths answered whatever the host: load balancers probe `/api/health` by IP address. */
export function isHostCheckExempt(pathname: string): boolean {
  return pathname === "/api/health";
}

// Only host[:port] characters, so "ours.example/x" or "x@ours.example" cannot pass as ours.
const hostCharacters = /^[a-z0-9.\-[\]:]+$/i;

/** Lower case, without the protocol's default port, as `URL.host` spells it. */
function normalizedHost(name: string, protocol: string): string | null {
  if (!hostCharacters.test(name)) return null;
  try {
    return new URL(`${protocol}//${name}`).host;
  } catch {
    return null;
  }
}
