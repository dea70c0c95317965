import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; local `next start` uses the regular output.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  // Next hashes every response body for an ETag, in JavaScript, on each request: for a cached
  // 160 KB report page that hash costs more than serving it. Published pages are cached by
  // nginx (deploy/nginx.conf), which answers conditional requests itself.
  generateEtags: false,
  // ISR pages live in each worker's memory and expire for all workers at once when a report is
  // published (scripts/start-server.mjs runs one worker per core); Next's own memory cache is off
  // because its expirations would stay inside the worker that heard of the publication.
  cacheHandler: path.resolve(import.meta.dirname, "lib/server/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Native / Node-only packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "playwright-core", "pdfjs-dist"],
  // The standalone output (Docker) copies only the files a trace finds. The PDF routes load files by
  // computed paths that no trace follows, and failed in the container (`npm run compose:smoke`):
  // playwright-core its browsers.json and parts of lib/; pdf.js (page numbers of the contents) its
  // worker and @napi-rs/canvas, an optional dependency it needs for DOMMatrix even to read text.
  outputFileTracingIncludes: {
    "/**": ["./node_modules/playwright-core/**/*", "./node_modules/pdfjs-dist/legacy/build/**/*", "./node_modules/@napi-rs/canvas*/**/*"],
  },
  // Every other response gets its security headers from proxy.ts; the hashed build assets skip the
  // proxy (cost), so they get the headers that matter for a script or stylesheet here.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

export default nextConfig;
