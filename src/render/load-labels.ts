/** The brief's labels per language, from src/data/labels.<lang>.yaml, validated on first use. */
import { z } from 'zod';
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

const RAW: Record<BriefLang, unknown> = { nl, en };
const cache = new Map<BriefLang, Labels>();

/** The labels of one language; a broken labels file is a programming error and throws with the zod issue. */
export function loadLabels(lang: BriefLang): Labels {
  const hit = cache.get(lang);
  if (hit) return hit;
  const parsed = LabelsSchema.safeParse(RAW[lang]);
  if (!parsed.success)
    throw new Error(`src/data/labels.${lang}.yaml: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  cache.set(lang, parsed.data);
  return parsed.data;
}
