/**
 * The LetterDiff model: how the positions of two letters differ. The single source of its TypeScript types
 * and of the published JSON Schema (`vng-brief schema diff`). Same compatibility rule as the Letter model.
 */
import { z } from 'zod';
import { FIRMNESS, PositionSchema, REFERENCE_KINDS } from './schema.js';

export const DIFF_SCHEMA_VERSION = 1 as const;
export const DIFF_STATUSES = ['kept', 'changed', 'new', 'dropped'] as const;

const StatusSchema = z.enum(DIFF_STATUSES);
const ScoreSchema = z
  .number()
  .min(0)
  .max(1)
  .describe('alignment score 0–1; 1 for identical, 0 when unpaired');
const EvidenceSchema = z.array(z.string()).describe('why the pair was made, in words a reader can check');

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
      .array(z.string())
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
