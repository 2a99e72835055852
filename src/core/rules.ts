/**
 * Every diagnostic the tool can emit: its id, default severity and one line of documentation. A message is
 * made only through LetterFile.message (or `diagnostic` below) with an id from this list; the README's table
 * of diagnostics is checked against it.
 */
import type { Diagnostic } from '../model/schema.js';

export type Severity = Diagnostic['severity'];

export const RULES = {
  'encoding-fallback': {
    severity: 'info',
    doc: 'the file is not valid UTF-8 and was read as Windows-1252',
  },
  'mojibake-utf8-as-cp1252': {
    severity: 'warning',
    doc: 'UTF-8 text that had been read as Windows-1252 ("financiÃ«le") was repaired',
  },
  'mojibake-latin-ext-b': {
    severity: 'warning',
    doc: 'letters shifted into Latin Extended-B ("coƶrdinatie") were repaired',
  },
  'mojibake-latin-ext-b-double': {
    severity: 'warning',
    doc: 'the Latin Extended-B shift read once more as Windows-1252 ("financiĆ«le") was repaired',
  },
  'markup-limit': {
    severity: 'warning',
    doc: 'Markdown too large or too dense to read safely was read as plain text',
  },
  'page-break-joined': {
    severity: 'warning',
    doc: 'a paragraph split by a page break (it stopped mid-sentence) was joined back',
  },
  'link-without-target': {
    severity: 'warning',
    doc: 'a link has no target ("[tekst](#)"): its text is kept, the brief shows no link',
  },
  'debate-weekday-mismatch': {
    severity: 'warning',
    doc: 'the weekday written beside the debate date does not match that date',
  },
  'brief-overflow': {
    severity: 'warning',
    doc: 'to fit one A4 page the brief left asks out (it says how many), or even its shortest form does not fit',
  },
} as const satisfies Record<string, { severity: Severity; doc: string }>;

export type RuleId = keyof typeof RULES;

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);

/** A diagnostic of a registered rule, with the rule's default severity. */
export function diagnostic(ruleId: RuleId, message: string, position: Diagnostic['position']): Diagnostic {
  return { ruleId, severity: RULES[ruleId].severity, message, position };
}
