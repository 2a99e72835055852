/** The brief's labels per language, from src/data/labels.<lang>.yaml, validated on first use. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import en from '../data/labels.en.yaml';
import nl from '../data/labels.nl.yaml';

export const BRIEF_LANGS = ['nl', 'en'] as const;
export type BriefLang = (typeof BRIEF_LANGS)[number];

const text = z.string().min(1);
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
    linkMissing: text,
    linkUnsafe: text,
    more: text,
    source: text,
    stdin: text,
    madeWith: text,
    date: text,
    longDate: text,
    weekdays: z.array(text).length(7),
    months: z.array(text).length(12),
  })
  .strict();

export type Labels = z.infer<typeof LabelsSchema>;

const LABELS: Record<BriefLang, () => Labels> = {
  nl: defineLexicon(nl, LabelsSchema, (labels) => labels),
  en: defineLexicon(en, LabelsSchema, (labels) => labels),
};

export const isBriefLang = (value: string): value is BriefLang =>
  (BRIEF_LANGS as readonly string[]).includes(value);

/** The labels of one language. */
export const loadLabels = (lang: BriefLang): Labels => LABELS[lang]();
