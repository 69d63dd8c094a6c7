/**
 * The per-request security headers the proxy adds. Headers that never vary (nosniff,
 * Referrer-Policy, Permissions-Policy, X-Frame-Options) are set once in next.config.mjs so they
 * reach static assets too; these depend on the request (the nonce) or on the deployment.
 */

/** A fresh, unguessable nonce for one response's scripts. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts run only from Attune's origin with this response's nonce ('strict-dynamic' lets those
 * load Next's chunks). Styles allow inline: the timeline sets style attributes and the QR code
 * is inline SVG; a style cannot run code. React needs eval only for development error stacks.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ];
  return directives.join("; ");
}

/** Browsers honour HSTS only over HTTPS; sending it for a plain-HTTP APP_URL would be noise. */
export function strictTransportSecurity(appUrl: string, production: boolean): string | null {
  if (!production || new URL(appUrl).protocol !== "https:") return null;
  return "max-age=63072000; includeSubDomains";
}

/**
 * Responses the proxy sees are dynamic and most carry clinical data (staff pages, partner pages,
 * /api/trpc, the PDF): no browser or shared cache may keep them. Static assets never reach here.
 */
export const NO_STORE = "no-store";
