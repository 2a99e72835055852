import { defineConfig } from 'vitest/config';
// @ts-expect-error plain JS build helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYaml],
  test: { include: ['test/**/*.test.ts'], testTimeout: 20_000 },
});
