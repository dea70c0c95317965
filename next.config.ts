import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; local `next start` uses the regular output.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  // Next hashes every response body for an ETag, in JavaScript, on each request: for a cached
  // 160 KB report page that hash costs more than serving it. Published pages are cached by
  // nginx (deploy/nginx.conf), which answers conditional requests itself.
  generateEtags: false,
  // Native / Node-only packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "playwright-core"],
};

export default nextConfig;
