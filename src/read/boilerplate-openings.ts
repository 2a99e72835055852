/**
 * The openings (pattern-openings.ts) of the built-in boilerplate patterns, by their `match`, as
 * load-boilerplate.ts compiles them (flags iu): [first character, openings] entries, or null. The build serves
 * this module with the openings of src/data/boilerplate.yaml worked out (scripts/boilerplate-openings.mjs);
 * unbundled, as in the tests, it is empty, and each pattern's openings are worked out when the list loads.
 */
type Entries = readonly (readonly [string, readonly string[]])[] | null;

const built: ReadonlyMap<string, Entries> = new Map();
export default built;
