import { PEER_ADDRESS_HEADER } from "~/server/local-request";

/**
 * The address a request came from, for rate limits. Only the entries our own reverse proxies
 * appended to X-Forwarded-For can be believed: anything to their left was written by the client.
 * With `trustedHops` proxies in front, the entry the outermost one appended is the Nth from the
 * right. With none, X-Forwarded-For is the client's own word (Next fills it from the socket only
 * when the client left it out); the socket's own address, which the server records in
 * PEER_ADDRESS_HEADER over anything a client sent under that name, is used instead.
 */
export function clientIp(headers: Headers, trustedHops: number): string {
  if (trustedHops < 1) return headers.get(PEER_ADDRESS_HEADER) || UNKNOWN_CLIENT;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped one, so nothing here is vouched for.
  return entries[entries.length - trustedHops] ?? UNKNOWN_CLIENT;
}

export const UNKNOWN_CLIENT = "unknown";
