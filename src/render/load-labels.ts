/**
 * The words of every human output per language (the brief, the diff reports, the parse summary), from
 * src/data/labels.<lang>.yaml, validated on first use.
 */
import { z } from 'zod';
import { FIRMNESS, REFERENCE_KINDS } from '../model/schema.js';
import { defineLexicon } from '../core/load-lexicon.js';
import en from '../data/labels.en.yaml';
import nl from '../data/labels.nl.yaml';
import { fillLabel, placeholdersOf } from './fill-label.js';
import type { Lang } from './langs.js';

export { LANGS, type Lang } from './langs.js';

const text = z.string().min(1);
/** A phrase with {placeholders}: only those named, so a misspelt one fails the build. */
const phrase = (...names: string[]) =>
  text.refine(
    (s) => placeholdersOf(s).every((p) => names.includes(p)),
    names.length ? `may use only ${names.map((n) => `{${n}}`).join(', ')}` : 'may use no {placeholder}',
  );
const Changes = z
  .object({
    new: text,
    dropped: text,
    changed: text,
    count: phrase('count', 'what'),
    previous: text,
    asks: text,
    themes: text,
    kept: text,
    andMore: phrase('count'),
  })
  .strict();
/** One wording per addressee the model knows. */
const AskedOf = z
  .object({
    kamer: text,
    'eerste-kamer': text,
    parlement: text,
    kabinet: text,
    minister: text,
    staatssecretaris: text,
    informateur: text,
    formateur: text,
  })
  .strict();
const DiffNotes = z
  .object({
    opening: text,
    'title-changed': phrase('old', 'new'),
    'ask-new': phrase('text'),
    'ask-changed': phrase('text'),
    'ask-dropped': phrase('text'),
    'figure-changed': phrase('old', 'new'),
    'figure-new': phrase('text'),
    'figure-dropped': phrase('text'),
    'citations-changed': phrase('list'),
    'same-words': phrase(),
    'same-text': phrase(),
    'same-title-and-text': phrase(),
    'both-cite': phrase('list'),
    'shared-words': phrase('list'),
    'in-paired-themes': phrase(),
    'different-laws': phrase('old', 'new'),
    'same-title': phrase('title'),
    'similar-titles': phrase('old', 'new'),
    'both-open': phrase(),
    'closest-old-theme': phrase('text'),
    'closest-new-theme': phrase('text'),
    'closest-old-ask': phrase('text'),
    'closest-new-ask': phrase('text'),
    'restates-old': phrase('text'),
    'restates-new': phrase('text'),
  })
  .strict();
/** One word per value of an enum of the model. */
const wordsFor = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);
/** A count in words, for one and for more ("{count} block", "{count} blocks"). */
const counted = z.strictObject({ one: phrase('count'), many: phrase('count') });
const STATUSES = ['kept', 'changed', 'new', 'dropped'] as const;
const Annotation = z.strictObject({
  ...wordsFor([
    'ask-changed',
    'ask-new',
    'ask-dropped',
    'theme-changed',
    'theme-new',
    'theme-dropped',
    'figure-changed',
    'figure-new',
    'figure-dropped',
  ]).shape,
  wasAt: phrase('place'),
  more: phrase('count'),
  moreMessage: text,
  summary: phrase('count'),
});
const Report = z.strictObject({
  heading: text,
  old: text,
  new: text,
  model: phrase('input'),
  swapped: phrase('old', 'new'),
  themes: text,
  asks: text,
  references: text,
  figures: text,
  status: wordsFor(STATUSES),
  line: phrase('line'),
  lineColumn: text,
  lineOld: phrase('line'),
  lineMoved: phrase('line', 'old'),
  was: text,
  now: text,
  why: text,
  kind: text,
  reference: text,
  edited: text,
  'related-old': phrase('title'),
  'related-new': phrase('title'),
  firmer: phrase('old', 'new'),
  softer: phrase('old', 'new'),
  addressee: phrase('old', 'new'),
  referenceCounts: phrase('added', 'removed', 'kept'),
  counts: phrase('kept', 'changed', 'new', 'dropped', 'what'),
  countedAsks: text,
  countedThemes: text,
  figuresChanged: counted,
  referencesChanged: phrase('added', 'removed'),
  annotation: Annotation,
});
const Summary = z.strictObject({
  noTitle: text,
  date: phrase('date'),
  kind: phrase('kind'),
  from: phrase('sender'),
  to: phrase('list'),
  debate: phrase('name'),
  opening: text,
  themes: phrase('count'),
  references: phrase('count'),
  figures: phrase('count'),
  again: text,
  blocks: counted,
  repairs: counted,
  setAside: counted,
  errors: counted,
  warnings: counted,
  notes: counted,
});
const LabelsSchema = () =>
  z
    .object({
      lang: text,
      brief: text,
      debate: text,
      subject: text,
      sender: text,
      letterDate: text,
      addressees: text,
      keyMessage: text,
      since: text,
      asks: text,
      asksBy: phrase('sender'),
      asksInLetter: text,
      moreAsks: phrase('count'),
      askedOf: AskedOf,
      askedBy: phrase('who'),
      noAsks: text,
      theme: text,
      figure: text,
      law: text,
      context: text,
      opening: text,
      references: text,
      noReferences: text,
      legislation: text,
      organisations: text,
      documents: text,
      links: text,
      more: text,
      source: text,
      stdin: text,
      madeWith: text,
      date: phrase('weekday', 'day', 'month', 'year'),
      longDate: phrase('weekday', 'day', 'month', 'year'),
      weekdays: z.array(text).length(7),
      months: z.array(text).length(12),
      changes: Changes,
      diff: DiffNotes,
      letterKinds: wordsFor(['letter', 'news', 'other']),
      referenceKinds: wordsFor(REFERENCE_KINDS),
      figureKinds: wordsFor(['money', 'percentage', 'count', 'year']),
      firmness: wordsFor(FIRMNESS),
      report: Report,
      summary: Summary,
      index: z.strictObject({ title: text, letter: text, asks: text, failed: text }),
    })
    .strict();

export type Labels = z.infer<ReturnType<typeof LabelsSchema>>;

const LABELS: Record<Lang, () => Labels> = {
  nl: defineLexicon(nl, LabelsSchema, (labels) => labels),
  en: defineLexicon(en, LabelsSchema, (labels) => labels),
};

/** The labels of one language. */
export const loadLabels = (lang: Lang): Labels => LABELS[lang]();

/** "1 block", "3 blocks": a count in the words of `forms`. */
export const countIn = (forms: { one: string; many: string }, count: number): string =>
  fillLabel(count === 1 ? forms.one : forms.many, { count: String(count) });
