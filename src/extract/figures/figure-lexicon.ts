/** The word lists of number-words.yaml and figure-qualifiers.yaml, validated once and compiled to matchers. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import numberWordsSource from '../../data/number-words.yaml';
import qualifiersSource from '../../data/figure-qualifiers.yaml';
import { phraseMatcher, type PhraseMatcher } from './match-phrase-before.js';
import { L, LL, LN } from '../../text/letter-classes.js';

const NumberMap = z.record(z.string(), z.number());
const NumberWordsSchema = () =>
  z.object({
    units: NumberMap,
    tens: NumberMap,
    inWord: NumberMap,
    halves: NumberMap,
    scales: NumberMap,
    vague: NumberMap,
  });
const Words = z.array(z.string().min(1));
const QualifiersSchema = () =>
  z.object({
    approximate: Words,
    before: Words,
    after: Words,
    rateAdjectives: Words,
    moneyStems: Words,
    moneyWords: Words,
    moneyVerbs: Words,
    countedNouns: Words,
    notCounted: Words,
    countWords: Words,
    measures: Words,
  });

export interface FigureLexicon {
  readonly units: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  readonly inWord: ReadonlyMap<string, number>;
  readonly halves: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  /** "tientallen": the lower bound of an unknown multiple */
  readonly vague: ReadonlyMap<string, number>;
  /** phrases ending the text before a number */
  readonly approximateBefore: PhraseMatcher;
  readonly otherBefore: PhraseMatcher;
  readonly approximateWords: ReadonlySet<string>;
  /** words that may stand right before an amount and qualify it ("tussen", "ruim", "ten minste", "jaarlijks") */
  readonly amountLeads: ReadonlySet<string>;
  /** anchored at the start: a scale word ("miljoen", "mln.") */
  readonly scaleAfter: RegExp;
  /** anchored at the start: "per jaar" (group 1) or another after-qualifier (group 2) */
  readonly qualifierAfter: RegExp;
  /** whether a text may open as qualifierAfter needs (costly to compile with its letter classes; most figures
   * have none) */
  readonly mayOpenWithQualifier: (text: string) => boolean;
  readonly moneyStems: readonly string[];
  readonly moneyWords: ReadonlySet<string>;
  readonly countedNouns: ReadonlySet<string>;
  /** plurals that measure time or point into the text ("15 weken", "12 punten"): never counted */
  readonly notCounted: ReadonlySet<string>;
  /** a sentence with one of these ("aantal") makes a bare grouped number a count */
  readonly countWords: ReadonlySet<string>;
  /** units of land, distance, weight and energy: "4.600 hectare", "35 kilometer" */
  readonly measures: ReadonlySet<string>;
}

/** Space between the words of a figure: also no-break spaces and the line break of hard-wrapped text. */
export const SP = '[ \\t\\r\\n\\u00a0\\u202f]';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (words: readonly string[]): string =>
  [...new Set(words.map((w) => w.toLowerCase().trim()))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ +/g, `${SP}{1,3}`))
    .join('|');

/** The characters SP stands for. */
const SP_CHARS = new Set([' ', '\t', '\r', '\n', '\u00a0', '\u202f']);

/**
 * Whether a text opens with one to three of SP's characters and then the first word of one of `phrases`, as
 * written (the qualifier pattern has no i flag; its phrases are in lower case).
 */
function opensWithWordAfterSpace(phrases: readonly string[]): (text: string) => boolean {
  const firstWords = [...new Set(phrases.map((p) => p.split(' ')[0] as string))];
  return (text) => {
    let at = 0;
    while (at < 3 && SP_CHARS.has(text.charAt(at))) at++;
    return at > 0 && firstWords.some((w) => text.startsWith(w, at));
  };
}

const lowerMap = (m: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v]));

const numberWords = defineLexicon(numberWordsSource, NumberWordsSchema, (n) => ({
  units: lowerMap(n.units),
  tens: lowerMap(n.tens),
  inWord: lowerMap(n.inWord),
  halves: lowerMap(n.halves),
  scales: lowerMap(n.scales),
  vague: lowerMap(n.vague),
}));

const lowerWords = (phrase: string): string => phrase.toLowerCase().replace(/\s+/g, ' ');

/** The qualifiers, compiled with the number words: a scale word ("miljoen") may follow a number too. */
export const figureLexicon = defineLexicon(qualifiersSource, QualifiersSchema, (q): FigureLexicon => {
  const numbers = numberWords();
  return {
    ...numbers,
    approximateBefore: phraseMatcher(q.approximate),
    otherBefore: phraseMatcher(q.before),
    approximateWords: new Set(q.approximate.map(lowerWords)),
    // "tussen" opens a range (BETWEEN_BEFORE in find-figures.ts)
    amountLeads: new Set([...q.approximate, ...q.before, 'tussen'].map(lowerWords)),
    scaleAfter: new RegExp(`^${SP}{0,2}(${alternatives([...numbers.scales.keys()])})(?![${LN}])(\\.?)`, 'iu'),
    // with no qualifiers the second alternative is empty and matches after any space
    mayOpenWithQualifier: opensWithWordAfterSpace(
      ['per', ...(q.after.length ? q.after : [''])].map((w) => w.toLowerCase().trim()),
    ),
    qualifierAfter: new RegExp(
      `^${SP}{1,3}(?:(per${SP}{1,3}(?:(?:${alternatives(q.rateAdjectives)})${SP}{1,3})?[${LL}][${L}'’-]{1,30})|(${alternatives(q.after)}))(?![${LN}])`,
      'u',
    ),
    moneyStems: q.moneyStems.map((w) => w.toLowerCase()),
    moneyWords: new Set([...q.moneyWords, ...q.moneyVerbs].map((w) => w.toLowerCase())),
    countedNouns: new Set(q.countedNouns.map((w) => w.toLowerCase())),
    notCounted: new Set(q.notCounted.map((w) => w.toLowerCase())),
    countWords: new Set(q.countWords.map((w) => w.toLowerCase())),
    measures: new Set(q.measures.map((w) => w.toLowerCase())),
  };
});
