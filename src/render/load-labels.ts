/** The labels of the brief and the diff per language, from src/data/labels.<lang>.yaml, validated on first use. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import en from '../data/labels.en.yaml';
import nl from '../data/labels.nl.yaml';
import { placeholdersOf } from './fill-label.js';

export const BRIEF_LANGS = ['nl', 'en'] as const;
export type BriefLang = (typeof BRIEF_LANGS)[number];

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
    'closest-old-theme': phrase('text', 'score'),
    'closest-new-theme': phrase('text', 'score'),
    'closest-old-ask': phrase('text', 'score'),
    'closest-new-ask': phrase('text', 'score'),
    'restates-old': phrase('text'),
    'restates-new': phrase('text'),
  })
  .strict();
const LabelsSchema = z
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
  })
  .strict();

export type Labels = z.infer<typeof LabelsSchema>;

const LABELS: Record<BriefLang, () => Labels> = {
  nl: defineLexicon(nl, LabelsSchema, (labels) => labels),
  en: defineLexicon(en, LabelsSchema, (labels) => labels),
};

/** The labels of one language. */
export const loadLabels = (lang: BriefLang): Labels => LABELS[lang]();
