/**
 * A lockfile for an empty project that depends on a packed vng-brief tarball, made from this repository's own
 * lockfile: the tarball's entry, then every package the repository installs for production (those not marked
 * `dev`), at the versions and places it installs them. `npm ci --offline` then installs from the cache that
 * `npm ci` filled: a lockfile names every tarball, so npm needs no registry metadata, and so no network.
 */
import { readFileSync } from 'node:fs';

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

export function offlineLockfile(tarball: string, spec: string): Lockfile {
  const repo = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
  const production = Object.entries(repo.packages).filter(([path, entry]) => path !== '' && !entry.dev);
  return {
    lockfileVersion: 3,
    packages: {
      '': { name: 'consumer', dependencies: { 'vng-brief': spec } },
      'node_modules/vng-brief': {
        version: pkg.version,
        resolved: spec,
        integrity: tarball,
        license: pkg.license,
        dependencies: pkg.dependencies,
        bin: pkg.bin,
        engines: pkg.engines,
      },
      ...Object.fromEntries(production),
    },
  };
}
