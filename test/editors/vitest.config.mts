// `npm run test:neovim` and `npm run test:emacs`: the tests that need an editor installed.
// Kept out of `npm test`; without the editor they fail, they do not skip.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/editors/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
  },
});
