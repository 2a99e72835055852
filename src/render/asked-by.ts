/** Who asks, in the labels' words, when it is someone other than the letter's sender. */
import type { Letter } from '../model/schema.js';
import { foldKey, foldSpace } from '../text/fold-space.js';
import { fillLabel } from './fill-label.js';
import type { Labels } from './load-labels.js';

/** "VNG", "De VNG" and "De Vereniging … Gemeenten" are one party: the same words, or one organisation by its keys. */
function sameParty(letter: Letter, a: string, b: string): boolean {
  const bare = (s: string) => foldKey(s).replace(/^(de|het) /u, '');
  if (bare(a) === bare(b)) return true;
  const keysIn = (s: string) =>
    letter.references.filter((r) => r.kind === 'organisation' && s.includes(r.text)).flatMap((r) => r.keys);
  const of = new Set(keysIn(a));
  return keysIn(b).some((k) => of.has(k));
}

/** "gevraagd door De G40" for a requester other than the sender; null for the sender or no requester. */
export function askedBy(letter: Letter, requester: string | null, labels: Labels): string | null {
  const who = requester ? foldSpace(requester) : '';
  const sender = letter.meta.sender ? foldSpace(letter.meta.sender) : '';
  if (!who || (sender && sameParty(letter, who, sender))) return null;
  return fillLabel(labels.askedBy, { who });
}
