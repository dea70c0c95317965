import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure modules, no database. Integration tests live in tests/integration
// and run with vitest.integration.config.ts against real Postgres.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // The property tests run hundreds of generated packages each: seconds on an idle 2-core
    // machine, more when CI shares it. A timeout is a hang detector here, not a speed target
    // (speed is measured in `npm run bench`).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
