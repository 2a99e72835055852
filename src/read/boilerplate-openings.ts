/**
 * The openings (pattern-openings.ts) and needs (pattern-needs.ts) of the built-in boilerplate patterns, by their
 * `match`, as load-boilerplate.ts compiles them (flags iu): openings as [first character, openings] entries, or
 * null. The build serves this module with those of src/data/boilerplate.yaml worked out
 * (scripts/boilerplate-openings.mjs); unbundled, as in the tests, it is empty, and each pattern's are worked out
 * when the list loads.
 */
import type { Needs } from './pattern-needs.js';

export interface BuiltReading {
  readonly openings: readonly (readonly [string, readonly string[]])[] | null;
  readonly needs: Needs;
}

const built: ReadonlyMap<string, BuiltReading> = new Map();
export default built;
