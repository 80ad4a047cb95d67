// The benchmark half that runs in Node (see scripts/bench.mjs): not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
