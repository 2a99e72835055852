import { defineConfig } from 'vitest/config';
// @ts-expect-error plain JS build helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';
// @ts-expect-error plain JS build helper without types
import { viteVerbStems } from './scripts/verb-stems.mjs';

export default defineConfig({
  plugins: [viteYaml, viteVerbStems],
  test: { include: ['test/**/*.test.ts'], testTimeout: 20_000 },
});
