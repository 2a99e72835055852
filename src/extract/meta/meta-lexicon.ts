/** The words of src/data/meta-words.yaml, validated once and compiled to the patterns extract-meta.ts uses. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/meta-words.yaml';
import { L } from '../../text/letter-classes.js';
import { behindGate, wordGate, type Tester } from '../../text/word-gate.js';
import { escapeRegex } from '../references/reference-patterns.js';

const Words = z.array(z.string().min(1));
const MetaWordsSchema = () =>
  z.object({
    addressing: z.object({ salutations: Words.min(1), intensifiers: Words }),
    speechVerbs: Words.min(1),
    chambers: z.array(z.object({ name: z.string().min(1), words: Words.min(1) })),
    appealWords: Words.min(1),
    governmentLetter: z.object({ titles: Words.min(1), lines: Words.min(1), signatures: Words.min(1) }),
  });

export interface MetaLexicon {
  /** "Geachte woordvoerders mensenhandel en prostitutie," → group 1: "woordvoerders mensenhandel en prostitutie" */
  readonly salutation: RegExp;
  /** a greeting again after a comma: "Geachte voorzitter, geachte leden," greets two addressees */
  readonly greetingAgain: RegExp;
  /** tested on the text right after an organisation: "vraagt", "roept", "(VNG) wijst" */
  readonly speech: Tester;
  /** group 1: a word naming a chamber of parliament */
  readonly chamber: RegExp;
  /** chamber word → the addressee it names */
  readonly chamberNames: ReadonlyMap<string, string>;
  readonly appeal: RegExp;
  /** a title (or a letterhead label), a head line and a signature line of a letter of the government itself */
  readonly governmentTitle: Tester;
  readonly governmentLine: Tester;
  readonly governmentCapitals: Tester;
  readonly governmentSignature: Tester;
}

/** Words as alternatives, each escaped; "(?!)" (never) when the list is empty. */
const alternatives = (words: readonly string[]): string => words.map(escapeRegex).join('|') || '(?!)';

export const metaLexicon = defineLexicon(source, MetaWordsSchema, (data): MetaLexicon => {
  const { salutations, intensifiers } = data.addressing;
  const chamberWords = data.chambers.flatMap((c) => c.words);
  // the speech and government patterns (i and u flags, costly to compile) run only on text holding one of their
  // words; most texts hold none
  const { titles, lines, signatures } = data.governmentLetter;
  const holdsLine = wordGate(lines);
  const appeal = data.appealWords.map((w) =>
    w.endsWith('*') ? `${escapeRegex(w.slice(0, -1))}\\w*` : escapeRegex(w),
  );
  return {
    salutation: new RegExp(
      String.raw`^\s*(?:(?:${alternatives(intensifiers)})\s+)?(?:${alternatives(salutations)})\s+([^\n]{2,200}?)\s*,?\s*$`,
      'iu',
    ),
    greetingAgain: new RegExp(
      String.raw`,\s*(?:(?:${alternatives(intensifiers)})\s+)?(?:${alternatives(salutations)})\s+`,
      'iu',
    ),
    // "(VNG) vraagt", "’ zegt": each run of spaces read by one \s*, so a long run fails in linear time
    speech: behindGate(
      wordGate(data.speechVerbs),
      new RegExp(
        String.raw`^\s*(?:\([^()\n]{1,12}\)\s*)?(?:[)’']\s*)?(?:${alternatives(data.speechVerbs)})\b`,
        'iu',
      ),
    ),
    chamber: new RegExp(String.raw`(?<![${L}])(${alternatives(chamberWords)})(?![${L}])`, 'u'),
    chamberNames: new Map(data.chambers.flatMap((c) => c.words.map((w) => [w, c.name] as const))),
    appeal: new RegExp(String.raw`\b(?:${appeal.join('|')})\b`, 'iu'),
    governmentTitle: behindGate(
      wordGate(titles),
      new RegExp(String.raw`^\s*(?:${alternatives(titles)})(?![${L}])`, 'iu'),
    ),
    governmentLine: behindGate(
      holdsLine,
      new RegExp(String.raw`^[ \t]*(?:${alternatives(lines)})(?![${L}])`, 'imu'),
    ),
    // Kamerstukken print the head in capitals after their number ("Nr. 12 BRIEF VAN DE MINISTER …")
    governmentCapitals: behindGate(
      holdsLine,
      new RegExp(String.raw`(?:${alternatives(lines.map((l) => l.toUpperCase()))})(?![${L}])`, 'u'),
    ),
    // a signature is a short line of its own ("De Minister van Financiën,"), not a sentence that starts so
    governmentSignature: behindGate(
      wordGate(signatures),
      new RegExp(String.raw`^[ \t]*(?:${alternatives(signatures)})(?![${L}])[^\n.!?]{0,80}$`, 'imu'),
    ),
  };
});
