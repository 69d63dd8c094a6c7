/** Who is asking, for rate limits: the first forwarded address behind a proxy, else the peer. */
export function requesterKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
