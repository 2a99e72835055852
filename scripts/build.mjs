// Bundles the CLI and the library into dist/ with esbuild: one file each, for a fast cold start.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { esbuildYaml } from './yaml-plugin.mjs';

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [esbuildYaml],
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
