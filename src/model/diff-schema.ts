/**
 * The LetterDiff model: how the positions of two letters differ. The single source of its TypeScript types
 * and of the published JSON Schema (`vng-brief schema diff`). Same compatibility rule as the Letter model.
 * Evidence and changes are codes with their data, never sentences: the renderers word them (in English or
 * Dutch, src/data/labels.*.yaml). Version 2 made them so (version 1 had English sentences).
 */
import { z } from 'zod';
import { FIRMNESS, PositionSchema, REFERENCE_KINDS } from './schema.js';

export const DIFF_SCHEMA_VERSION = 2 as const;
export const DIFF_STATUSES = ['kept', 'changed', 'new', 'dropped'] as const;

const StatusSchema = z.enum(DIFF_STATUSES);
const ScoreSchema = z
  .number()
  .min(0)
  .max(1)
  .describe('alignment score 0–1; 1 for identical, 0 when unpaired');
const SideSchema = z.enum(['old', 'new']);
const Labels = z.array(z.string());
const code = <C extends string>(name: C, description: string) => z.literal(name).describe(description);

export const EvidenceItemSchema = z
  .discriminatedUnion('code', [
    z.object({ code: code('same-words', 'two asks with the same words') }),
    z.object({ code: code('same-text', 'two untitled themes with the same text') }),
    z.object({ code: code('same-title-and-text', 'two themes with the same title and text') }),
    z.object({
      code: code('both-cite', 'things both cite that few others do'),
      cited: Labels.describe('their names'),
    }),
    z.object({
      code: code('shared-words', 'content words both use, the weightiest first'),
      words: z.array(z.string()),
    }),
    z.object({ code: code('in-paired-themes', 'two asks in themes that were paired') }),
    z.object({
      code: code('different-laws', 'two asks citing different laws and no common one: the score was halved'),
      old: Labels,
      new: Labels,
    }),
    z.object({ code: code('same-title', 'two themes with the same title'), title: z.string() }),
    z.object({
      code: code('similar-titles', 'two themes with titles alike'),
      old: z.string(),
      new: z.string(),
    }),
    z.object({ code: code('both-open', 'the untitled openings of both letters') }),
    z.object({
      code: code('closest', 'an unpaired item: the candidate on the other side that came closest'),
      side: SideSchema,
      id: z.string(),
      text: z.string().nullable().describe("the theme's title (null for the opening) or the ask's text"),
      score: ScoreSchema,
    }),
    z.object({
      code: code('restates', 'an ask that restates a paired ask of its own letter and follows that pair'),
      side: SideSchema,
      id: z.string(),
      text: z.string(),
    }),
  ])
  .meta({ id: 'Evidence' });

const EvidenceSchema = z
  .array(EvidenceItemSchema)
  .describe('why the pair was made, or what came closest: pieces a reader can check');

export const ThemeChangeSchema = z
  .discriminatedUnion('code', [
    z.object({ code: code('title-changed', 'the title differs (see old.title and new.title)') }),
    z.object({
      code: z
        .enum(['ask-new', 'ask-changed', 'ask-dropped'])
        .describe('an ask of the theme is new, changed or dropped'),
      id: z.string().describe('the ask: in the new letter, or the old one when dropped'),
      text: z.string(),
    }),
    z.object({
      code: code('figure-changed', 'an amount of the theme changed'),
      old: z.string(),
      new: z.string(),
    }),
    z.object({
      code: z.enum(['figure-new', 'figure-dropped']).describe('an amount of the theme is new or dropped'),
      text: z.string(),
    }),
    z.object({
      code: code('citations-changed', 'things the theme cites that the other does not'),
      added: Labels,
      removed: Labels,
    }),
  ])
  .meta({ id: 'ThemeChange' });

export const DiffSideSchema = z
  .object({
    path: z.string().describe('the letter file the positions refer to (for a saved model: its source.path)'),
    input: z.string().describe('the path given on the command line (a letter or a saved model)'),
    title: z.string().nullable(),
    date: z.string().nullable().describe('YYYY-MM-DD'),
  })
  .meta({ id: 'DiffSide' });

export const ThemeSideSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    level: z.number().int().min(0),
    position: PositionSchema.describe('the heading, or the whole theme when it has none'),
  })
  .meta({ id: 'ThemeSide' });

export const RelatedThemeSchema = z
  .object({
    side: z.enum(['old', 'new']),
    id: z.string(),
    title: z.string().nullable(),
    score: ScoreSchema,
  })
  .meta({ id: 'RelatedTheme' });

export const ThemeDiffSchema = z
  .object({
    status: StatusSchema,
    old: ThemeSideSchema.nullable(),
    new: ThemeSideSchema.nullable(),
    score: ScoreSchema,
    evidence: EvidenceSchema,
    changes: z
      .array(ThemeChangeSchema)
      .describe('what makes a paired theme "changed": title, asks, figures, references'),
    edited: z
      .boolean()
      .describe('the prose differs although no position changed (re-wrapping does not count)'),
    related: z.array(RelatedThemeSchema).describe('other themes it shares much with: a split or a merge'),
  })
  .meta({ id: 'ThemeDiff' });

export const AskSideSchema = z
  .object({
    id: z.string(),
    text: z.string().describe('the ask as a reader sees it (markup removed)'),
    position: PositionSchema,
    themeId: z.string(),
    marker: z.enum(['arrow', 'bullet', 'sentence']),
    addressee: z.string().nullable().describe('who must act, as in the letter model'),
    firmness: z.enum(FIRMNESS).describe('how firmly it is asked: suggest < advise < request < urge < demand'),
  })
  .meta({ id: 'AskSide' });

export const WordChangeSchema = z
  .object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })
  .meta({ id: 'WordChange' });

export const AskDiffSchema = z
  .object({
    status: StatusSchema,
    old: AskSideSchema.nullable(),
    new: AskSideSchema.nullable(),
    score: ScoreSchema,
    evidence: EvidenceSchema,
    words: z.array(WordChangeSchema).nullable().describe('word-level diff old → new, for changed asks'),
  })
  .meta({ id: 'AskDiff' });

export const ReferenceItemSchema = z
  .object({
    kind: z.enum(REFERENCE_KINDS),
    text: z.string().describe('as written at its first mention'),
    id: z.string().optional().describe('normalised standard identifier, when there is one'),
    name: z.string().nullable(),
    position: PositionSchema.describe(
      'its first mention, in the old letter for removed, the new one for added',
    ),
    themeId: z.string(),
  })
  .meta({ id: 'ReferenceItem' });

export const FigureSideSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['money', 'percentage', 'count', 'year']),
    text: z.string(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    position: PositionSchema,
  })
  .meta({ id: 'FigureSide' });

export const FigureDiffSchema = z
  .object({
    status: StatusSchema,
    old: FigureSideSchema.nullable(),
    new: FigureSideSchema.nullable(),
    themeId: z.string().describe('the theme it belongs to: in the new letter, or the old one for dropped'),
  })
  .meta({ id: 'FigureDiff' });

const CountsSchema = z.object({
  kept: z.number().int().min(0),
  changed: z.number().int().min(0),
  new: z.number().int().min(0),
  dropped: z.number().int().min(0),
});

export const DiffSummarySchema = z
  .object({
    themes: CountsSchema,
    asks: CountsSchema,
    figures: CountsSchema,
    references: z.object({
      added: z.number().int().min(0),
      removed: z.number().int().min(0),
      kept: z.number().int().min(0),
    }),
  })
  .meta({ id: 'DiffSummary' });

export const LetterDiffSchema = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    old: DiffSideSchema,
    new: DiffSideSchema,
    themes: z.array(ThemeDiffSchema),
    asks: z.array(AskDiffSchema),
    references: z.object({
      added: z.array(ReferenceItemSchema),
      removed: z.array(ReferenceItemSchema),
      kept: z.array(ReferenceItemSchema).describe('cited by both letters (as in the new one)'),
    }),
    figures: z
      .array(FigureDiffSchema)
      .describe('money, percentages and counts (years date the context, not a position)'),
    summary: DiffSummarySchema,
  })
  .meta({ id: 'LetterDiff', title: 'vng-brief LetterDiff model' });

export type DiffStatus = (typeof DIFF_STATUSES)[number];
export type DiffSide = z.infer<typeof DiffSideSchema>;
export type ThemeSide = z.infer<typeof ThemeSideSchema>;
export type Evidence = z.infer<typeof EvidenceItemSchema>;
export type ThemeChange = z.infer<typeof ThemeChangeSchema>;
export type RelatedTheme = z.infer<typeof RelatedThemeSchema>;
export type ThemeDiff = z.infer<typeof ThemeDiffSchema>;
export type AskSide = z.infer<typeof AskSideSchema>;
export type WordChange = z.infer<typeof WordChangeSchema>;
export type AskDiff = z.infer<typeof AskDiffSchema>;
export type ReferenceItem = z.infer<typeof ReferenceItemSchema>;
export type FigureSide = z.infer<typeof FigureSideSchema>;
export type FigureDiff = z.infer<typeof FigureDiffSchema>;
export type DiffSummary = z.infer<typeof DiffSummarySchema>;
export type LetterDiff = z.infer<typeof LetterDiffSchema>;

/** The name `vng-brief schema diff` publishes. */
export const DiffSchema = LetterDiffSchema;
