/**
 * Reads the words of a name that starts at a position ("regulering sekswerk", "Samen tegen mensenhandel") up to
 * its natural end: punctuation, a stop word (a verb, pronoun, date word, …), a number, a blank line, a capital
 * after a line break, a determiner right after a name word, "en"/"of" before a determiner ("… mensenhandel en de extra middelen"), or a finite verb that
 * closes a subordinate clause ("die de Wet op de jeugdzorg vervangt").
 */
import { lawLexicon } from './law-lexicon.js';
import { isStrongPast } from '../asks/ask-lexicon.js';
import { ambiguousStems, verbStems } from '../asks/verb-stems.js';
import { LN } from '../../text/letter-classes.js';
import { digitAt, letterAt, upperAt } from '../../text/letter-or-digit.js';

export interface NameRun {
  /** offset just after the last word of the name (equals the start when there is none) */
  end: number;
  words: string[];
}

// one word, after spaces and at most one line break
const NEXT_WORD = new RegExp(
  String.raw`[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*)?([${LN}]+(?:['’-][${LN}]+)*)`,
  'uy',
);

export interface NameRunOptions {
  maxWords?: number;
  /** the first word must start with a capital */
  capitalFirst?: boolean;
  /** words allowed as the first word even though they are stop words ("Wet" after "wetsvoorstel") */
  firstAllowed?: ReadonlySet<string>;
}

/** A verb's third person, stem + t ("vervangt", "wijzigt"), unless the stem is also a noun ("werkt", "zorgt"). */
function isFiniteVerb(lower: string): boolean {
  if (!lower.endsWith('t') || lower.length < 4) return false;
  const stem = lower.slice(0, -1);
  return verbStems.has(stem) && !ambiguousStems.has(stem);
}

function nextWord(text: string, pos: number): { word: string; end: number; newLine: boolean } | null {
  NEXT_WORD.lastIndex = pos;
  const m = NEXT_WORD.exec(text);
  return m ? { word: m[1] as string, end: m.index + m[0].length, newLine: m[0].includes('\n') } : null;
}

export function readNameRun(text: string, start: number, options: NameRunOptions = {}): NameRun {
  const { stopWords, joinWords, determiners } = lawLexicon();
  const maxWords = options.maxWords ?? 12;
  const words: string[] = [];
  let end = start;
  let pos = start;
  let pending: string[] = [];
  for (let n = 0; n < maxWords + 4; n++) {
    const next = nextWord(text, pos);
    if (!next) break;
    const lower = next.word.toLowerCase();
    const first = words.length === 0 && pending.length === 0;
    if (first && options.capitalFirst && upperAt(next.word, 0) === 0) break;
    if (digitAt(next.word, 0) > 0) break;
    // an abbreviation with inner points ("d.d. 11 juni", "o.a.", "i.v.m.") ends the name
    if (text.charAt(next.end) === '.' && letterAt(text.charAt(next.end + 1), 0) > 0) break;
    // a wrapped name goes on in lower case; a capital after a line break starts a new line of its own
    if (next.newLine && upperAt(next.word, 0) > 0) break;
    const allowed = first && options.firstAllowed?.has(lower) === true;
    // a verb ends the name: "die de Wet X vervangt", "Het Besluit X gaf vervoerders …"
    const verb = lower === next.word && (isFiniteVerb(lower) || isStrongPast(lower));
    if ((stopWords.has(lower) || verb) && !allowed) break;
    if (joinWords.has(lower) && !allowed) {
      if (first) break;
      // a determiner joins only after a preposition ("op de jeugdzorg"): after a name word it starts the clause's
      // object ("het Kwaliteitskader Spoedzorg de sluitingen rechtvaardigen")
      const previous = (pending.at(-1) ?? words.at(-1) ?? '').toLowerCase();
      if (determiners.has(lower) && !joinWords.has(previous)) break;
      // "en"/"of" before a determiner starts a new phrase
      if ((lower === 'en' || lower === 'of') && pending.length === 0) {
        const after = nextWord(text, next.end);
        if (!after || determiners.has(after.word.toLowerCase())) break;
      }
      pending.push(next.word);
    } else {
      for (const w of pending) words.push(w);
      words.push(next.word);
      pending = [];
      end = next.end;
      if (words.length >= maxWords) break;
    }
    pos = next.end;
  }
  return { end, words };
}
