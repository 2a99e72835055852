/** The addressee a letter's salutation or recipient line names, normalised as asks name theirs. */
import { tokenize } from '../../text/tokenize.js';
import { askLexicon } from './ask-lexicon.js';
import { addresseeIn } from './read-clause.js';

/** "leden van de vaste commissie voor Financiën" → "kamer"; "minister Blok" → "minister"; else null. */
export function normaliseAddressee(text: string): string | null {
  const tokens = tokenize(text, 60);
  const found = addresseeIn(tokens, { from: 0, to: tokens.length }, askLexicon());
  return found && found.value !== 'u' ? found.value : null;
}
