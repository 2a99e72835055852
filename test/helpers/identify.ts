/** Identity keys for references made by hand in tests, decided as the extractor decides them. */
import { hasLinkTarget, identifyReferences } from '../../src/extract/references/link-references.js';
import type { Reference } from '../../src/model/schema.js';

export function identified(refs: Omit<Reference, 'keys' | 'hasTarget'>[]): Reference[] {
  const { keys } = identifyReferences(refs);
  return refs.map((r, i) => ({
    ...r,
    keys: keys[i]!,
    hasTarget: r.kind === 'link' && hasLinkTarget(r.href),
  }));
}
