import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests call the data layer directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    // The offline-install test copies the project and reinstalls it: run by `npm test` as its own stage.
    exclude: ["tests/e2e/**", "node_modules/**", ...(process.env.FAZHI_OFFLINE_STAGE ? [] : ["tests/offline/**"])],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
