/** The web page word lists of src/data/web-page.yaml, validated and compiled once. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/web-page.yaml';
import { L } from './letter-classes.js';
import { behindGate, openingGate, wordGate, type Tester } from './word-gate.js';

const WebPageSchema = () =>
  z.object({
    dateLabels: z.object({
      published: z.array(z.string()),
      modified: z.array(z.string()),
      event: z.array(z.string()),
    }),
    pageSubjects: z.array(z.string()),
    pageLabels: z.array(z.string()),
    issueWords: z.array(z.string()),
    categoryLabels: z.array(z.string()),
    commentWords: z.array(z.string()),
    readOn: z.array(z.string()),
    readOnDocuments: z.array(z.string()),
    readOnFiles: z.array(z.string()),
  });

export type DateRole = 'published' | 'modified' | 'event';

export interface WebPageWords {
  /** a date label at the start of a line, with "op" and a separator after it: group 1 is the label */
  readonly dateLabel: RegExp;
  /** whether a line may open with a date label (a label's first word in its first characters): else dateLabel fails */
  readonly mayOpenWithDateLabel: (line: string) => boolean;
  /** lower-cased label → what its date says */
  readonly dateRoles: ReadonlyMap<string, DateRole>;
  /** a sentence about the page up to its date label: "Deze pagina is voor het laatst " (i and u flags: behind a
   * gate on its first word) */
  readonly pageSentence: Tester;
  readonly pageLabels: ReadonlySet<string>;
  /** a whole detail beside a date or byline: a category with its label ("Categorie: Wonen"), a comment count
   * ("4 reacties", "Reacties (14)") */
  readonly pageDetail: RegExp;
  /** a section's name with an issue's number at the end: "Gemeentenieuws week 11", "Nieuwsbrief nr. 4" */
  readonly issue: RegExp;
  /** the opening words of a call to read on (i and u flags, costly to compile: asked only of a line that opens
   * with one's first word) */
  readonly readOn: Tester;
  /** a word naming a document, and one naming a file or page, anywhere in a call */
  readonly readOnDocument: RegExp;
  readonly readOnFile: RegExp;
  /** the one-word document nouns, lower case: a line opening with one names a document, not a body */
  readonly documentNouns: ReadonlySet<string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
/** Alternatives longest first, so "laatst gewijzigd" wins over "gewijzigd". */
const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

export const webPageWords = defineLexicon(source, WebPageSchema, (data): WebPageWords => {
  const roles = Object.entries(data.dateLabels) as [DateRole, string[]][];
  const labels = roles.flatMap(([, words]) => words);
  const firstWords = labels.map((w) => w.split(' ')[0] as string);
  const longest = Math.max(0, ...firstWords.map((w) => w.length));
  const opensWithLabel = wordGate(firstWords);
  return {
    dateLabel: new RegExp(
      `^(${alternatives(labels)})(?![${L}])(?:\\s{1,3}op(?![${L}]))?\\s{0,3}[:|·•–-]?\\s{0,3}`,
      'iu',
    ),
    // with no labels the alternation is empty and matches at every line's start
    mayOpenWithDateLabel: labels.length > 0 ? (line) => opensWithLabel(line.slice(0, longest)) : () => true,
    dateRoles: new Map(roles.flatMap(([role, words]) => words.map((w) => [w.toLowerCase(), role] as const))),
    pageSentence: behindGate(
      openingGate(data.pageSubjects.map((w) => w.split(' ')[0] as string)),
      new RegExp(
        `^(?:${alternatives(data.pageSubjects)})\\s{1,3}(?:is|werd)\\s{1,3}(?:voor\\s{1,3}het\\s{1,3}(?=laatst))?`,
        'iu',
      ),
    ),
    pageLabels: new Set(data.pageLabels.map((w) => w.toLowerCase())),
    pageDetail: new RegExp(
      `^(?:(?:${alternatives(data.categoryLabels)})\\s{0,3}:\\s{0,3}[^|·•:]{1,60}|\\d{1,5}\\s{1,3}(?:${alternatives(data.commentWords)})|(?:${alternatives(data.commentWords)})\\s{0,3}\\(\\d{1,5}\\))$`,
      'iu',
    ),
    issue: new RegExp(
      `^\\p{Lu}[${L}-]{1,40}(?:\\s[${L}-]{1,40}){0,2},?\\s(?:${alternatives(data.issueWords)})\\.?\\s{1,3}\\d{1,4}$`,
      'iu',
    ),
    readOn: behindGate(
      openingGate(data.readOn.map((w) => w.split(' ')[0] as string)),
      new RegExp(`^(?:${alternatives(data.readOn)})(?![${L}])`, 'iu'),
    ),
    readOnDocument: new RegExp(`(?<![${L}])(?:${alternatives(data.readOnDocuments)})(?![${L}])`, 'iu'),
    readOnFile: new RegExp(`(?<![${L}])(?:${alternatives(data.readOnFiles)})(?![${L}])`, 'iu'),
    documentNouns: new Set(data.readOnDocuments.filter((w) => !w.includes(' '))),
  };
});
