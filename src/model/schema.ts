/**
 * The Letter model: the single source of its TypeScript types and of the published JSON Schema.
 * Compatibility rule: adding a field keeps `schemaVersion` (with a default, so models saved before it still load);
 * renaming or removing one bumps it.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** Documents whose text is extracted before it is read: `source.origin`. */
export const ORIGINS = ['pdf', 'docx', 'html'] as const;

/** How firmly an ask is made, weakest first ("in overweging geven" … "eisen"). */
export const FIRMNESS = ['suggest', 'advise', 'request', 'urge', 'demand'] as const;

export const PointSchema = z
  .object({
    line: z.number().int().min(1).describe('1-based line'),
    column: z.number().int().min(1).describe('1-based column'),
    offset: z
      .number()
      .int()
      .min(0)
      .describe('0-based offset into the text as read (after decoding and repair)'),
  })
  .meta({ id: 'Point' });

export const PositionSchema = z.object({ start: PointSchema, end: PointSchema }).meta({ id: 'Position' });

export const DiagnosticSchema = z
  .object({
    ruleId: z.string().describe('stable rule name, e.g. mojibake-repaired, page-break-joined'),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    position: PositionSchema.nullable(),
  })
  .meta({ id: 'Diagnostic' });

export const RepairSchema = z
  .object({
    kind: z.string().describe('what was repaired, e.g. mojibake-latin-ext-b, line-ends, odd-space'),
    from: z.string().describe('the characters as they arrived'),
    to: z.string().describe('what they became'),
    count: z.number().int().min(1),
    position: PositionSchema.nullable().describe('the first occurrence, in the repaired text'),
  })
  .meta({ id: 'Repair' });

export const DiscardedSchema = z
  .object({
    text: z.string(),
    reason: z.string().describe('why it was set aside, e.g. "web boilerplate: login link"'),
    rule: z.string().describe('the pattern or rule that matched'),
    position: PositionSchema,
  })
  .meta({ id: 'Discarded' });

export const SpanSchema = z
  .object({
    type: z.enum(['strong', 'emphasis', 'link', 'code']),
    text: z.string().describe('the visible text'),
    href: z.string().nullable(),
    position: PositionSchema,
  })
  .meta({ id: 'Span' });

export const SentenceSchema = z
  .object({
    plain: z.string().describe('the sentence as a reader sees it: markup removed, whitespace folded'),
    position: PositionSchema,
  })
  .meta({ id: 'Sentence' });

const blockBase = {
  id: z.string(),
  text: z.string().describe('the source slice of the block, markup included'),
  plain: z.string().describe('the text as a reader sees it: markup removed, whitespace folded'),
  position: PositionSchema,
  spans: z.array(SpanSchema),
  sentences: z
    .array(SentenceSchema)
    .default([])
    .describe('the prose sentences, split once when the letter is parsed (a list keeps them in its items)'),
};

export const ListItemSchema = z
  .object({
    ...blockBase,
    bullet: z.string().nullable().describe('the list marker as written ("-", "•", "1."), null if none'),
    arrow: z.string().nullable().describe('an arrow marker ("➔", "→", "->", …), null if none'),
  })
  .meta({ id: 'ListItem' });

export const BlockSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), ...blockBase }),
    z.object({ type: z.literal('quote'), ...blockBase }),
    z.object({ type: z.literal('code'), ...blockBase }),
    z.object({ type: z.literal('table'), ...blockBase }),
    z.object({ type: z.literal('rule'), ...blockBase }),
    z.object({ type: z.literal('list'), ...blockBase, ordered: z.boolean(), items: z.array(ListItemSchema) }),
  ])
  .meta({ id: 'Block' });

export const ThemeSchema = z
  .object({
    id: z
      .string()
      .describe('stable: derived from the title, "opening" for the text before the first heading'),
    title: z.string().nullable(),
    level: z
      .number()
      .int()
      .min(0)
      .describe('0 for the opening theme, 1 for top-level themes, 2 below them, …'),
    parentId: z.string().nullable(),
    inferred: z
      .boolean()
      .describe('true when the heading was recognised in plain text rather than marked up'),
    position: PositionSchema.describe('the whole theme: heading and blocks'),
    titlePosition: PositionSchema.nullable().describe('the heading line'),
    blocks: z.array(BlockSchema),
  })
  .meta({ id: 'Theme' });

export const MetaFieldSchema = z
  .object({
    name: z.string().describe('normalised name: date, subject, reference, headline, …'),
    label: z.string().nullable().describe('the label as written ("Onderwerp"), null for an unlabelled line'),
    value: z.string(),
    position: PositionSchema.describe('the value (or the label alone when it has no value)'),
    labelPosition: PositionSchema.nullable().describe('the label, when it is apart from the value'),
  })
  .meta({ id: 'MetaField' });

export const DebateSchema = z
  .object({
    name: z.string(),
    date: z.string().nullable().describe('YYYY-MM-DD'),
    text: z.string().describe('the words that name the debate'),
    position: PositionSchema.nullable(),
  })
  .meta({ id: 'Debate' });

export const MetaSchema = z
  .object({
    title: z.string().nullable(),
    date: z.iso.date().nullable(),
    kind: z.enum(['letter', 'news', 'other']),
    fromGovernment: z
      .boolean()
      .default(false)
      .describe(
        'the letter is the government’s own (a kamerbrief): what it asks is no lobby ask, so it has none',
      ),
    sender: z.string().nullable(),
    addressees: z.array(z.string()),
    debate: DebateSchema.nullable(),
    fields: z
      .array(MetaFieldSchema)
      .describe('label/value lines of the letterhead, set apart from the themes'),
  })
  .meta({ id: 'Meta' });

export const AskSchema = z
  .object({
    id: z.string(),
    text: z.string().describe('the source slice of the request, without its marker'),
    plain: z.string(),
    marker: z.enum(['arrow', 'bullet', 'sentence']),
    themeId: z.string(),
    position: PositionSchema,
    phrase: z.string().nullable().describe('the ask phrase or rule that signalled the request'),
    restates: z.string().nullable().describe('id of an arrow ask in the same theme making the same request'),
    addressee: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'who must act, normalised: kamer, eerste-kamer, parlement, kabinet, minister, staatssecretaris, informateur, formateur; null when the text does not say',
      ),
    requester: z
      .string()
      .nullable()
      .default(null)
      .describe('who asks, as written, when it is not the writer ("De VNG", "Wethouder Jansen")'),
    firmness: z
      .enum(FIRMNESS)
      .default('request')
      .describe('how firmly it is asked: suggest < advise < request < urge < demand'),
    repeated: z
      .boolean()
      .default(false)
      .describe('the text says it was asked before ("nogmaals", "opnieuw")'),
  })
  .meta({ id: 'Ask' });

export const REFERENCE_KINDS = [
  'kamerstuk',
  'article',
  'law',
  'bill',
  'motion',
  'organisation',
  'person',
  'committee',
  'document',
  'link',
] as const;

export const ReferenceSchema = z
  .object({
    ref: z.string().describe('stable item key within the model'),
    kind: z.enum(REFERENCE_KINDS),
    text: z.string(),
    id: z
      .string()
      .nullable()
      .describe('normalised standard identifier where one exists ("28638-190", "273f Sr")'),
    name: z.string().nullable().describe('the canonical name from a lexicon or expansion'),
    href: z.string().nullable(),
    role: z.string().nullable().describe('for persons: their role as written ("staatssecretaris")'),
    links: z
      .array(z.string())
      .describe('refs of items naming the same thing (full name ↔ abbreviation ↔ dossier)'),
    keys: z
      .array(z.string())
      .default([])
      .describe(
        'identity keys of the thing named, shared by every reference to it in the letter, best name first; two letters cite the same thing when their keys meet',
      ),
    hasTarget: z
      .boolean()
      .default(false)
      .describe('for links: the letter gives a target one can follow (not empty, not only "#…")'),
    themeId: z.string(),
    position: PositionSchema,
  })
  .meta({ id: 'Reference' });

export const FigureSchema = z
  .object({
    id: z.string(),
    kind: z
      .enum(['money', 'percentage', 'count', 'year'])
      .describe(
        '"year" is no longer produced (years are dates, not figures); models saved with it still load',
      ),
    text: z.string().describe('as written, with a word hyphenated at a line end joined ("4,2 miljoen")'),
    value: z.number().nullable(),
    unit: z
      .string()
      .nullable()
      .describe(
        'the currency for money (EUR, USD, NLG for guilders, XEU for the ECU), % for percentages, the counted noun for counts',
      ),
    approximate: z.boolean(),
    qualifiers: z.array(z.string()).describe('words such as circa, structureel, per jaar'),
    themeId: z.string(),
    position: PositionSchema,
  })
  .meta({ id: 'Figure' });

export const LetterSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({
      path: z.string().describe('the path given, or "-" for standard input'),
      format: z.enum(['markdown', 'text']).describe('how the text was read'),
      origin: z
        .enum(ORIGINS)
        .nullable()
        .default(null)
        .describe(
          'the kind of document the text was extracted from (a PDF, a Word .docx, a web page); null when the file itself is text or Markdown. Positions point into the extracted text',
        ),
      pages: z
        .array(z.number().int().min(1))
        .nullable()
        .default(null)
        .describe('for a PDF: the line of the extracted text each page starts on; null otherwise'),
      encoding: z.string(),
      bytes: z.number().int().min(0),
      repairs: z.array(RepairSchema),
      discarded: z.array(DiscardedSchema),
    }),
    meta: MetaSchema,
    themes: z.array(ThemeSchema),
    asks: z.array(AskSchema),
    references: z.array(ReferenceSchema),
    figures: z.array(FigureSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({ id: 'Letter', title: 'vng-brief Letter model' });

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Repair = z.infer<typeof RepairSchema>;
export type Discarded = z.infer<typeof DiscardedSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type MetaField = z.infer<typeof MetaFieldSchema>;
export type Debate = z.infer<typeof DebateSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Ask = z.infer<typeof AskSchema>;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export type Reference = z.infer<typeof ReferenceSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Letter = z.infer<typeof LetterSchema>;
export type Origin = (typeof ORIGINS)[number];
