import { configDefaults, defineConfig } from 'vitest/config';
// @ts-expect-error plain JS build helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';
// @ts-expect-error plain JS build helper without types
import { viteVerbStems } from './scripts/verb-stems.mjs';

export default defineConfig({
  plugins: [viteYaml, viteVerbStems],
  // the binary's test runs dist/: global-setup.ts rebuilds it first when it is stale
  test: {
    include: ['test/**/*.test.ts'],
    // the packed package's tests: `npm run test:package` (vitest.package.config.ts)
    exclude: [...configDefaults.exclude, 'test/package/**'],
    testTimeout: 20_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
