/**
 * The examples kept beside the word lists (src/data/<list>.specs.yaml, as textlint-prh keeps its `specs`): text
 * in which each check must find something (exactly `found`, when given) and text in which it must find nothing.
 * A check runs the code that reads the list, so an edit to a list is tried against its examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recogniseAsk, recogniseLeadIn, type AskSignal } from '../src/extract/asks/recognise-ask.js';
import { collectAbbreviations } from '../src/extract/references/collect-abbreviations.js';
import { findDocuments } from '../src/extract/references/find-documents.js';
import { findMotions } from '../src/extract/references/find-motions.js';
import { findOrganisations } from '../src/extract/references/find-organisations.js';
import { findPersons } from '../src/extract/references/find-persons.js';
import { findReferences } from '../src/extract/references/find-references.js';
import type { FoundReference } from '../src/extract/references/reference-types.js';
import { findFigures } from '../src/extract/figures/find-figures.js';
import { parseLetter } from '../src/index.js';
import { isHeadingLike } from '../src/parse/heading-like.js';
import { readText } from '../src/read/read-text.js';
import { findDates } from '../src/text/find-dates.js';
import { findReadOn } from '../src/text/find-read-on.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { isClosing, isSalutation } from '../src/text/structure-words.js';
import { leaningWord, positionPhrase, proceduralPhrase } from '../src/render/read-stance.js';

const DATA = 'src/data';

/** Lists without examples, and why. */
const WITHOUT_SPECS: Record<string, string> = {
  'labels.nl.yaml': 'wording, not matching',
  'labels.en.yaml': 'wording, not matching',
};

const parsed = (text: string) => parseLetter(text, { path: 'example.txt' });
const names = (refs: readonly FoundReference[]) => refs.map((r) => r.name ?? r.text);
const whole = (test: (line: string) => boolean) => (line: string) => (test(line) ? [line.trim()] : []);
/** "money 1000000 EUR ~ (circa, per jaar)": kind, value, unit, approximate, qualifiers. */
const figures = (text: string) =>
  findFigures(text).map((f) =>
    [
      f.kind,
      f.value,
      f.unit,
      f.approximate ? '~' : null,
      f.qualifiers.length ? `(${f.qualifiers.join(', ')})` : null,
    ]
      .filter((part) => part !== null)
      .join(' '),
  );

/** "direct kamer urge": an ask's kind, who must act and how firmly. */
const askFound = (s: AskSignal | null) => (s ? [`${s.kind} ${s.addressee ?? '-'} ${s.firmness}`] : []);

/** The references of one kind the whole finder gives, by name. */
const kindOf = (text: string, kind: FoundReference['kind']) =>
  names(findReferences(text).filter((r) => r.kind === kind));

/** Per list, per check: what the code that reads the list finds in a text. */
const CHECKS: Record<string, Record<string, (text: string) => readonly string[]>> = {
  'asks.yaml': {
    ask: (text) => askFound(recogniseAsk(text, 'sentence')),
    item: (text) => askFound(recogniseAsk(text, 'item')),
    'lead-in': (text) => (recogniseLeadIn(text) ? [text] : []),
    'letter-asks': (text) => parsed(text).asks.map((a) => a.plain),
  },
  'structure.yaml': {
    label: (text) => parsed(text).meta.fields.map((f) => `${f.name}: ${f.value}`),
    salutation: whole(isSalutation),
    closing: whole(isClosing),
    heading: whole(isHeadingLike),
  },
  'meta-words.yaml': {
    addressees: (text) => parsed(text).meta.addressees,
    sender: (text) => [parsed(text).meta.sender].filter((s) => s !== null),
    government: (text) => (parsed(text).meta.fromGovernment ? ['the government’s own letter'] : []),
  },
  'dates.yaml': { date: (text) => findDates(text).map((d) => d.text) },
  'boilerplate.yaml': {
    'set-aside': (text) => parsed(text).source.discarded.map((d) => `${d.rule}: ${d.text.trim()}`),
  },
  'mojibake.yaml': {
    repair: (text) => {
      const { source } = readText(Buffer.from(text, 'utf8'));
      return source === text ? [] : [source];
    },
  },
  'abbreviations.yaml': {
    // the sentences after the first: where the text breaks
    'sentence-break': (text) =>
      splitSentences(text)
        .slice(1)
        .map((s) => s.text),
  },
  'organisations.yaml': { organisation: (text) => names(findOrganisations(text)) },
  'organisation-forms.yaml': { organisation: (text) => kindOf(text, 'organisation') },
  'first-names.yaml': { person: (text) => kindOf(text, 'person') },
  'laws.yaml': {
    law: (text) =>
      findReferences(text)
        .filter((r) => r.kind === 'law' || r.kind === 'bill')
        .map((r) => `${r.kind} ${r.id ?? r.name ?? r.text}`),
  },
  'debates.yaml': { debate: (text) => [parsed(text).meta.debate?.name].filter((n) => n !== undefined) },
  'web-page.yaml': {
    'date-line': (text) =>
      parsed(text)
        .meta.fields.filter((f) => ['date', 'modified', 'event'].includes(f.name))
        .map((f) => `${f.name}: ${f.value}`),
    'read-on': whole((line) => findReadOn(line) !== null),
  },
  'relative-days.yaml': {
    'debate-date': (text) => [parsed(text).meta.debate?.date ?? null].filter((d) => d !== null),
  },
  'document-words.yaml': { document: (text) => names(findDocuments(text, findOrganisations(text))) },
  'number-words.yaml': { figure: figures },
  'figure-qualifiers.yaml': { figure: figures },
  'roles.yaml': {
    person: (text) => findPersons(text).map((r) => `${r.role} ${r.name ?? r.text}`),
    'named-person': (text) =>
      names(findReferences(text).filter((r) => r.kind === 'person' && r.role === null)),
    motion: (text) => names(findMotions(text)),
    'named-committee': (text) => names(findOrganisations(text).filter((r) => /^commissie/iu.test(r.text))),
  },
  'stance.yaml': {
    position: (text) => [positionPhrase(text)].filter((p) => p !== null),
    procedural: (text) => [proceduralPhrase(text)].filter((p) => p !== null),
    leaning: (text) => [leaningWord(text)].filter((p) => p !== null),
  },
  'initials.yaml': {
    expansion: (text) => [...collectAbbreviations(text)].map(([short, long]) => `${short}: ${long}`),
  },
};

const Example = z.union([
  z.string(),
  z.object({ text: z.string(), found: z.union([z.string(), z.array(z.string())]) }).strict(),
]);
const SpecsSchema = z.record(
  z.string(),
  z.object({ match: z.array(Example).min(1), 'no-match': z.array(z.string()).min(1) }).strict(),
);

const lists = readdirSync(DATA).filter((f) => f.endsWith('.yaml') && !f.endsWith('.specs.yaml'));
const specFiles = new Map(
  readdirSync(DATA)
    .filter((f) => f.endsWith('.specs.yaml'))
    .map((f) => [
      f.replace(/\.specs\.yaml$/u, '.yaml'),
      SpecsSchema.parse(parseYaml(readFileSync(`${DATA}/${f}`, 'utf8'))),
    ]),
);
const short = (s: string) => JSON.stringify(s.length > 70 ? `${s.slice(0, 69)}…` : s);

describe('word list examples', () => {
  it('every list has its examples, or a reason why not', () => {
    expect(lists.filter((l) => !specFiles.has(l) && !WITHOUT_SPECS[l])).toEqual([]);
  });

  it('every check has examples and every example file names checks that exist', () => {
    const defined = Object.entries(CHECKS).flatMap(([list, checks]) =>
      Object.keys(checks).map((c) => `${list} ${c}`),
    );
    const used = [...specFiles].flatMap(([list, specs]) => Object.keys(specs).map((c) => `${list} ${c}`));
    expect(used.sort()).toEqual(defined.sort());
  });

  for (const [list, specs] of specFiles) {
    describe(list, () => {
      for (const [check, examples] of Object.entries(specs)) {
        const run = CHECKS[list]?.[check] ?? (() => []);
        for (const example of examples.match) {
          const text = typeof example === 'string' ? example : example.text;
          it(`${check} finds ${short(text)}`, () => {
            if (typeof example === 'string') expect(run(text)).not.toEqual([]);
            else expect(run(text)).toEqual([example.found].flat());
          });
        }
        for (const text of examples['no-match'])
          it(`${check} finds nothing in ${short(text)}`, () => expect(run(text)).toEqual([]));
      }
    });
  }
});
