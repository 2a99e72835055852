// `npm run test:package`: the tests of the packed package (test/package/), apart from `npm test` because they
// pack, install and compile for half a minute. .ci/run runs both.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/package/**/*.test.ts'], exclude: [], testTimeout: 120_000 },
});
