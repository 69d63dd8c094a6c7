import { isIP } from "node:net";

/**
 * Whether a request came from this computer. The local mailbox shows every sign-in and personal
 * link, so it answers only to such requests.
 */

/** The header `src/instrumentation-node.ts` sets from the TCP socket, overwriting any sent in. */
export const PEER_ADDRESS_HEADER = "x-attune-peer-address";

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1), the form Node reports on a dual-stack socket. */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.trim().replace(/^\[(.*)\]$/, "$1");
  const ipv4 = bare.replace(/^::ffff:/i, "");
  if (isIP(ipv4) === 4) return ipv4.startsWith("127.");
  // The URL parser writes every spelling of ::1 (0:0:0:0:0:0:0:1 too) as [::1].
  if (isIP(bare) === 6) return new URL(`http://[${bare}]`).hostname === "[::1]";
  return false;
}

function hostnameOf(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/** `localhost` or a loopback address, as a Host header or URL hostname gives it. */
function isLoopbackHost(host: string): boolean {
  const hostname = hostnameOf(host);
  if (hostname === null) return false;
  return hostname === "localhost" || isLoopbackAddress(hostname);
}

/** True for http(s)://localhost… or a loopback address: APP_URL for a server only this computer uses. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).host);
  } catch {
    return false;
  }
}

interface RequestHeaders {
  get(name: string): string | null;
}

/**
 * The socket's address must be loopback. Next fills X-Forwarded-For and X-Forwarded-Host from the
 * socket and Host only when a request brings none, so a different value there means a proxy (or a
 * client pretending): refuse. The Host must be local too, which turns away DNS-rebinding pages
 * whose requests reach 127.0.0.1 under a foreign name.
 */
export function isLocalRequest(headers: RequestHeaders): boolean {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  const host = headers.get("host");
  if (!peer || !host || !isLoopbackAddress(peer) || !isLoopbackHost(host)) return false;
  const forwardedFor = headers.get("x-forwarded-for");
  const forwardedHost = headers.get("x-forwarded-host");
  return (
    (forwardedFor === null || forwardedFor === peer) &&
    (forwardedHost === null || forwardedHost === host)
  );
}
