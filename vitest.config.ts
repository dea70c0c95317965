import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure modules, no database. Integration tests live in tests/integration
// and run with vitest.integration.config.ts against real Postgres.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
