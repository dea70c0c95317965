import { defineConfig } from "vitest/config";
import path from "node:path";

// Integration tests: real PostgreSQL, never mocked. The global setup finds a server
// (TEST_DATABASE_URL, DATABASE_URL, or an embedded one), builds the migrated template
// database once, and every test file clones its own database from it (support/test-db.ts).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/integration/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
