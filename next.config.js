// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typescript: {
    // `npm run typecheck` (tsc --noEmit) is the type check. scripts/start.ts and the e2e server
    // set ZJ_SKIP_TYPECHECK=1 so a build for serving does not repeat it on a small machine.
    ignoreBuildErrors: process.env.ZJ_SKIP_TYPECHECK === '1',
  },
};

module.exports = nextConfig;
