import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/editors needs an editor installed: `npm run test:neovim`.
    exclude: ["test/e2e/**", "test/editors/**", "node_modules/**"],
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
  },
});
