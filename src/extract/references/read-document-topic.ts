/**
 * What identifies a document by its occasion rather than its title: a date ("brief van 3 maart", "van 12 januari
 * 2024") and, after an own or parliamentary document ("onze inbreng", "de Kamerbrief"), the occasion or subject
 * it is for ("voor het debat over Jeugdzorg", "over de woningbouw", "op het wetsvoorstel").
 */
import { readNameRun } from './read-name-run.js';
import { literalAlternation } from './reference-patterns.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { monthNames } from '../../text/find-dates.js';

const datePattern = deriveFromLexicons(
  () =>
    new RegExp(
      String.raw`[ \t]+(?:van|d\.d\.)[ \t]+\d{1,2}[ \t]+(?:${literalAlternation([...monthNames()], true)})(?:[ \t]+(?:19|20)\d{2})?(?!\d)`,
      'iuy',
    ),
);
// "op" only with an article: "onze reactie op het wetsvoorstel", not "zijn advies op strijd met …"
const PREPOSITION =
  /[ \t]+(?:(?:voor|over|inzake|aan|bij)(?:[ \t]+(?:de|het|een))?|op[ \t]+(?:de|het|een))(?=[ \t])/uy;

/** The end of a date right after `pos` ("van 3 maart 2024"), or null. */
function dateAfter(text: string, pos: number): number | null {
  const date = datePattern();
  date.lastIndex = pos;
  return date.test(text) ? date.lastIndex : null;
}

/**
 * The end of the occasion and date after `pos` (up to three phrases), or null when none follows. A phrase that
 * reaches a document named on its own (`named`: the starts of such names) ends before it: "onze reactie op de
 * Nota van wijziging" leaves the Nota a reference of its own.
 */
export function topicAfter(text: string, pos: number, named: readonly number[] = []): number | null {
  let end = pos;
  for (let n = 0; n < 4; n++) {
    const dated = dateAfter(text, end);
    if (dated !== null) {
      end = dated;
      continue;
    }
    PREPOSITION.lastIndex = end;
    if (!PREPOSITION.test(text)) break;
    const from = PREPOSITION.lastIndex;
    const run = readNameRun(text, from, { maxWords: 5 });
    if (run.words.length === 0 || named.some((n) => n >= from && n < run.end)) break;
    end = run.end;
  }
  return end > pos ? end : null;
}
