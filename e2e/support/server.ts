import path from "node:path";

/**
 * The e2e server: the production server as deployed (scripts/start-server.mjs), with two Next
 * workers so that what one worker does must reach the other, and its page-cache expiry log in a
 * directory the tests know.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_WORKERS = 2;
export const E2E_CACHE_DIR = path.resolve(import.meta.dirname, "../../.next/cache/gongkai-e2e");
