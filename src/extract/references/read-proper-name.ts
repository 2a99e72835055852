/**
 * Reading a capitalised name word by word on one line ("De Groene Vaart", "Centrum voor Recht en Bestuur",
 * "Natuur & Milieu"), the capitalised words that stand before a position ("Landelijke Huisartsen" before
 * "Vereniging"), and whether a position starts a sentence. Lower-case joining words ("voor", "van de") belong to
 * a name only when a capitalised word follows them, and "en" never before "de" or "het".
 */
import { lawLexicon } from './law-lexicon.js';
import { LN } from '../../text/letter-classes.js';
import { upperAt } from '../../text/letter-or-digit.js';
import { monthNames } from '../../text/find-dates.js';
import { isStopWord } from '../../text/stop-words.js';

const TOKEN = new RegExp(String.raw`[ \t\u00A0]*([${LN}]+(?:['’-][${LN}]+)*-?|&)`, 'uy');
const JOIN = new Set(['van', 'voor', 'de', 'het', 'der', 'den', 'des', 'tot', 'op', 'in', 'ter', 'te', '&']);

export interface ProperName {
  /** offset just after the last word (the position given when there is none) */
  end: number;
  words: string[];
}

/** A superscript digit right after a letter: a footnote's mark. */
const FOOTNOTE_MARK = /(?<=\p{L})[\u00B9\u00B2\u00B3]+$/u;

/** After a capital letter: its stop, another capital and its stop ("B.V.", "N.V.", "V.O.F."). */
const LETTERS_WITH_STOPS = /^\.\p{Lu}\./u;

/** A day of the month. */
const DAY = /^\d{1,2}$/u;
const MONTH_WORD = /^[ \t\u00A0]+(\p{L}{3,9})/u;

/** Whether a month's name in lower case follows `at`, after spaces ("9 maart"; not "Stichting 11 November"). */
function startsWithMonth(text: string, at: number): boolean {
  const word = MONTH_WORD.exec(text.slice(at, at + 12))?.[1];
  return word !== undefined && monthNames().has(word);
}

/** A name word: a capital or a digit first ("Noordzee", "11", "VNO-NCW"). */
const isNameWord = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

/**
 * The capitalised words from `pos`, joined by small words; with `joinEn`, "en" joins too ("Recht en Bestuur").
 * A word ending in a hyphen always takes "en"/"of" and the next word ("Natuur- en Milieufederaties").
 */
export function readProperName(
  text: string,
  pos: number,
  options: { joinEn?: boolean; maxWords?: number } = {},
): ProperName {
  const maxWords = options.maxWords ?? 8;
  const words: string[] = [];
  let pending = 0;
  let previous = '';
  let end = pos;
  let at = pos;
  while (words.length < maxWords) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = m[1] as string;
    const lower = word.toLowerCase();
    const afterHyphen = words.length > 0 && (words[words.length - 1] as string).endsWith('-');
    // "en"/"of" before a determiner starts a new phrase ("Stichting X en het Platform Y")
    if ((previous === 'en' || previous === 'of') && (lower === 'de' || lower === 'het')) break;
    previous = lower;
    if (isNameWord(word)) {
      // "De Nieuwe Courant B.V.": a legal form's letters with their stops end the name before them
      if (word.length === 1 && LETTERS_WITH_STOPS.test(text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 3)))
        break;
      // "Landbouwraad 9 maart 1994": a day and its month date the name, they are no part of it
      if (DAY.test(word) && startsWithMonth(text, TOKEN.lastIndex)) break;
      // "Commissie Integraal Waterbeheer²": a footnote's mark ends the name
      const mark = FOOTNOTE_MARK.exec(word);
      words.push(mark ? word.slice(0, mark.index) : word);
      end = TOKEN.lastIndex - (mark ? mark[0].length : 0);
      pending = 0;
      if (mark) break;
    } else if (
      words.length > 0 &&
      (JOIN.has(lower) || ((lower === 'en' || lower === 'of') && (options.joinEn || afterHyphen))) &&
      pending < 2
    ) {
      pending++;
    } else break;
    at = TOKEN.lastIndex;
  }
  return { end, words };
}

/**
 * The start of the capitalised words (at most three, no function words) right before `start` on its line. The
 * first word of a sentence is capitalised anyway: it joins only as an inflected adjective ("Landelijke …").
 */
export function extendLeft(text: string, start: number): number {
  let begin = start;
  for (let n = 0; n < 3; n++) {
    let i = begin;
    while (i > 0 && /[ \t]/u.test(text.charAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && /[\p{L}\p{N}-]/u.test(text.charAt(i - 1))) i--;
    const word = text.slice(i, wordEnd);
    if (wordEnd === begin || upperAt(word, 0) === 0 || isFunctionWord(word)) break;
    if (atSentenceStart(text, i) && !/\p{Ll}e$/u.test(word)) break;
    begin = i;
  }
  return begin;
}

/** Whether `pos` starts a sentence, a line or a list item (quotes, brackets and bullets before it skipped). */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t\u00A0"“„‘'(*•\-–]/u.test(text.charAt(i))) i--;
  return i < 0 || /[\n.!?:;]/u.test(text.charAt(i));
}

/** Function words (Dutch stop words, and the words that end a name in laws.yaml): never part of a name's start. */
export const isFunctionWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isStopWord(lower) || lawLexicon().stopWords.has(lower);
};
