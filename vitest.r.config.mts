import { defineConfig } from "vitest/config";

// `npm run test:r`: the figures checked against R (test/r/), apart from `npm test`
// so that `npm test` needs no R. It runs the core only: no bundle is built.
export default defineConfig({
  test: {
    include: ["test/r/**/*.rtest.ts"],
    pool: "forks",
    testTimeout: 120_000,
  },
});
