/**
 * "Wat kunt u doen?", "Wat kan ik als lid zelf doen?", "En wat doen we zelf?": a question of what the reader, a
 * member or the writer's side can do. The commands after it call on them ("Teken onze petitie", "Hang de poster
 * op"), not on government.
 */
import { tokenize } from '../../text/tokenize.js';
import { askLexicon } from './ask-lexicon.js';
import { findSequence } from './read-clause.js';
import { isQuestion } from './recognise-ask.js';

/** Such questions are short: past this many tokens a question is about something else. */
const MAX_TOKENS = 24;

/** Whose doing such a question asks about: the reader's ("Wat kunt u doen?") or the writer's side's, else null. */
export function selfHelpQuestion(text: string): 'reader' | 'own' | null {
  if (!isQuestion(text)) return null;
  const tokens = tokenize(text, MAX_TOKENS + 1);
  if (tokens.length > MAX_TOKENS) return null;
  const words = tokens.filter((t) => t.word);
  const { selfHelp, addressees } = askLexicon();
  const first = words[0]?.lower === 'en' ? 1 : 0;
  if (!selfHelp.openers.has(words[first]?.lower ?? '')) return null;
  const verb = words[first + 1]?.lower ?? '';
  const doing =
    selfHelp.doing.has(verb) || (selfHelp.modals.has(verb) && selfHelp.ends.has(words.at(-1)?.lower ?? ''));
  if (!doing || words.length < first + 3) return null;
  const whose = selfHelp.readers.has(words[first + 2]!.lower) ? 'reader' : 'own';
  // "Wat kan het kabinet doen?" asks what government should do; "u" is the reader
  for (let from = tokens.indexOf(words[first + 2]!); from < tokens.length;) {
    const body = findSequence(addressees, tokens, { from, to: tokens.length });
    if (!body) return whose;
    if (body.value !== 'u') return null;
    from = body.end;
  }
  return whose;
}
