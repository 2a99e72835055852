/**
 * Metadata: the title (subject line or headline), the letter's own date, what kind of text it is, who sent
 * it and to whom. The debate is found by find-debate.ts.
 */
import type { MetaField, Meta, Reference, Theme } from '../model/schema.js';
import { isClosing, isSalutation } from '../parse/structure-words.js';
import { parseDutchDate } from './find-dates.js';
import { foldSpace } from './to-blocks.js';

/** "Geachte woordvoerders mensenhandel en prostitutie," → "woordvoerders mensenhandel en prostitutie". */
const SALUTATION = /^\s*(?:zeer\s+)?(?:geachte|beste)\s+([^,\n]{2,200}?)\s*,?\s*$/iu;
/** A sender speaking in the third person: "De VNG vraagt", "roept de G40 op", "aldus VNG". */
const SPEECH = /^\s*(?:vraagt|vragen|roept|roepen|wijst|wijzen|pleit|pleiten|laat|laten|zegt|zeggen|doet|dringt|stelt|steunt|vindt|maakt|benadrukt|onderstreept|reageert|heeft|is|wil)\b/iu;
const KAMER = /(?<!\p{L})(Tweede Kamer|Eerste Kamer|Kamerleden|de Kamer|uw Kamer)(?!\p{L})/u;

export interface MetaInput {
  fields: MetaField[];
  themes: Theme[];
  references: Reference[];
  /** the visible text (markup and noise blanked) */
  visible: string;
}

export function extractMeta(input: MetaInput): Omit<Meta, 'debate'> {
  const { fields, themes } = input;
  const subject = fields.filter((f) => f.name === 'subject');
  const headline = fields.find((f) => f.name === 'headline');
  const title = subject.length ? foldSpace(subject.map((f) => f.value).join(' ')) : (headline?.value ?? null);
  const paragraphs = themes.flatMap((t) => t.blocks.filter((b) => b.type === 'paragraph').map((b) => b.plain));
  const salutation = paragraphs.find((p) => isSalutation(p.split('\n')[0] ?? ''));
  const closing = paragraphs.some((p) => isClosing(p));
  const dated = fields.find((f) => f.name === 'date' && parseDutchDate(f.value)?.date);
  const kind = salutation || closing ? 'letter' : headline || (dated && !dated.label) || thirdPerson(input) ? 'news' : 'other';
  return {
    title,
    date: dated ? (parseDutchDate(dated.value)?.date ?? null) : null,
    kind,
    sender: sender(input, title),
    addressees: addressees(salutation, input),
    fields,
  };
}

function addressees(salutation: string | undefined, input: MetaInput): string[] {
  const m = salutation ? SALUTATION.exec(salutation.split('\n')[0] ?? '') : null;
  if (m) return [(m[1] as string).trim()];
  // a news item names the Kamer it addresses in an appeal ("De VNG wijst de Tweede Kamer hierop")
  const appeal = input.visible.split(/(?<=[.!?])\s+/).find((s) => KAMER.test(s) && /\b(?:roep\w*|wijst|vraagt|beroep|verzoek\w*)\b/iu.test(s));
  const kamer = appeal ? KAMER.exec(appeal)?.[1] : undefined;
  return kamer ? [kamer === 'Eerste Kamer' ? 'Eerste Kamer' : 'Tweede Kamer'] : [];
}

const orgName = (r: Reference): string => (/^[\p{Lu}\d]{2,8}$/u.test(r.text) ? r.text : (shortName(r) ?? r.text));
const shortName = (r: Reference): string | null => (r.name && /^[\p{Lu}\d]{2,8}$/u.test(r.name) ? r.name : null);

/** The signing organisation, the organisation opening the title, or the one speaking in the third person. */
function sender(input: MetaInput, title: string | null): string | null {
  const orgs = input.references.filter((r) => r.kind === 'organisation');
  const closingAt = closingOffset(input.themes);
  const signed = orgs.find((r) => closingAt !== null && r.position.start.offset > closingAt);
  if (signed) return orgName(signed);
  const opening = title ? orgs.find((r) => title.startsWith(r.text)) : undefined;
  if (opening) return orgName(opening);
  const speaking = orgs.find((r) => SPEECH.test(input.visible.slice(r.position.end.offset, r.position.end.offset + 30)));
  if (speaking) return orgName(speaking);
  const first = input.fields.length ? undefined : orgs[0];
  return first && first.position.start.line <= 2 ? orgName(first) : null;
}

function closingOffset(themes: Theme[]): number | null {
  for (const t of themes) for (const b of t.blocks) if (b.type === 'paragraph' && isClosing(b.plain)) return b.position.start.offset;
  return null;
}

function thirdPerson(input: MetaInput): boolean {
  return input.references.some(
    (r) => r.kind === 'organisation' && SPEECH.test(input.visible.slice(r.position.end.offset, r.position.end.offset + 30)),
  );
}
