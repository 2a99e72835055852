/**
 * Metadata: the title (subject line or headline), the letter's own date, what kind of text it is, who sent
 * it and to whom. The debate is found by find-debate.ts.
 */
import type { LetterFile } from '../../core/letter-file.js';
import type { Ask, Meta, Reference, Theme } from '../../model/schema.js';
import { MARKDOWN_LINK } from '../../text/markdown-link.js';
import { isClosing, salutationAt, structureWords } from '../../text/structure-words.js';
import { joinLineHyphens } from '../../text/join-line-hyphens.js';
import { foldSpace } from '../../text/fold-space.js';
import { LU } from '../../text/letter-classes.js';
import { metaLexicon } from './meta-lexicon.js';
import { normaliseAddressee } from '../asks/normalise-addressee.js';

interface MetaInput {
  themes: Theme[];
  references: Reference[];
  /** the visible text (markup and noise blanked) */
  visible: string;
}

export function extractMeta(
  themes: Theme[],
  references: Reference[],
  date: string | null,
  file: LetterFile,
): Omit<Meta, 'debate'> {
  const { fields } = file;
  const input: MetaInput = { themes, references, visible: file.visible };
  // a label whose value the letterhead lost (two columns run together) gives no title
  const subject = fields.filter((f) => f.name === 'subject' && f.value.trim() !== '');
  const headline = fields.find((f) => f.name === 'headline');
  const title = subject.length
    ? foldSpace(joinLineHyphens(subject.map((f) => f.value).join('\n')).text)
    : headline
      ? foldSpace(headline.value)
      : null;
  // lines as written: a PDF block may hold the salutation on one of its lines
  const lines = themes.flatMap((t) =>
    t.blocks.filter((b) => b.type === 'paragraph').flatMap((b) => b.text.split('\n')),
  );
  const salutation = lines.find((_, k) => salutationAt(lines, k));
  const closing = lines.some((l) => isClosing(l));
  // a date line of its own, without a letterhead label ("Datum"), is a web page's
  const pageDated = fields.some(
    (f) => f.name === 'date' && !structureWords().labels.has((f.label ?? '').toLowerCase()),
  );
  const kind =
    salutation || closing
      ? 'letter'
      : headline || (date && pageDated) || thirdPerson(input)
        ? 'news'
        : 'other';
  return {
    title,
    date,
    kind,
    fromGovernment: fromGovernment(title, file),
    sender: sender(input, title, aboveHeadline(file), sourceLine(file)),
    addressees: addressees(salutation, input),
    fields,
  };
}

/** How far into the text a government letter shows what it is. */
const HEAD = 600;

/** A kamerbrief: its title says so, a head line does ("BRIEF VAN DE MINISTER …"), or a minister signs it. */
function fromGovernment(title: string | null, file: LetterFile): boolean {
  const words = metaLexicon();
  if (title && words.governmentTitle.test(title)) return true;
  if (file.fields.some((f) => f.label && words.governmentTitle.test(f.label))) return true;
  // the head of the letter (with the lines set aside there: a paper's "Nr. 12 BRIEF VAN DE MINISTER …"), and the
  // signature at its foot
  const { visible } = file;
  const head = visible.slice(0, HEAD);
  const setAside = file.discarded
    .filter((d) => d.position.start.offset < HEAD)
    .map((d) => d.text)
    .join('\n');
  return (
    words.governmentLine.test(head) ||
    words.governmentCapitals.test(head) ||
    words.governmentCapitals.test(setAside) ||
    words.governmentSignature.test(visible.slice(-400))
  );
}

function addressees(salutation: string | undefined, input: MetaInput): string[] {
  const words = metaLexicon();
  const m = salutation ? words.salutation.exec(salutation) : null;
  // each greeting greets one ("Geachte voorzitter, geachte leden,"); in one, a comma before a capital belongs to a
  // name ("commissie voor Onderwijs, Cultuur en Wetenschap"), another ends it
  if (m)
    return (m[1] as string)
      .split(words.greetingAgain)
      .map((part) => part.split(/,(?!\s*\p{Lu})/u)[0]!.trim())
      .filter((part) => part !== '');
  // a news item names the Kamer it addresses in an appeal ("De VNG wijst de Tweede Kamer hierop")
  const appeal = input.visible
    .split(/(?<=[.!?])\s+/)
    .find((s) => words.chamber.test(s) && words.appeal.test(s));
  const chamber = appeal ? words.chamber.exec(appeal)?.[1] : undefined;
  const name = chamber ? words.chamberNames.get(chamber) : undefined;
  return name ? [name] : [];
}

const ACRONYM = new RegExp(String.raw`^[${LU}\d][${LU}\d&-]{1,7}$`, 'u');

/** The short name a reader knows: the acronym another reference to the same body uses, else the text. */
function orgName(r: Reference, orgs: Reference[]): string {
  if (ACRONYM.test(r.text)) return r.text;
  const acronym = orgs.find((o) => o.name && o.name === r.name && ACRONYM.test(o.text));
  return acronym?.text ?? r.text;
}

/**
 * Between the parts of a site's name ("NVSO - Nederlandse Vereniging van …") or the items of its menu, the first
 * of which may be the name ("Stichting Dijk | Campagnes | Over ons").
 */
const NAME_PARTS = / [-–—|·›»] /u;
const EMPHASIS_AROUND = /^[*_]{1,3}|[*_]{1,3}$/gu;

/** Lines set aside above a web page's headline (its site's name among them, "Bond van Poppodia en Festivals"), lower case. */
function aboveHeadline(file: LetterFile): Set<string> {
  const headline = file.fields.find((f) => f.name === 'headline');
  if (!headline) return new Set();
  const above = file.discarded.filter((d) => d.position.end.offset <= headline.position.start.offset);
  // a site's name may pair an acronym with the name, or add a motto: "NVSO - Nederlandse Vereniging van …"
  return new Set(
    above.flatMap((d) => {
      // read as shown: a link as its words, without emphasis around the name ("**Stichting Dijk**")
      const line = foldSpace(d.text.replace(MARKDOWN_LINK, '$1').replace(EMPHASIS_AROUND, '')).toLowerCase();
      return [line, ...line.split(NAME_PARTS)];
    }),
  );
}

/** A republished item names whose it is on a byline set aside: "Bron: Coöperatie Zuidoost Land (CZL)". */
function sourceLine(file: LetterFile): string | null {
  const line = file.discarded.find((d) => d.rule === 'byline' && SOURCE.test(d.text));
  return line ? line.text.replace(SOURCE, '') : null;
}

const SOURCE = /^\s{0,3}bron\s{0,3}:?\s{0,3}/iu;

/**
 * The signing organisation, the organisation opening the title, the one a source line names, the one whose site the page is (a partner or
 * an opponent may speak first), or the one speaking in the third person.
 */
function sender(
  input: MetaInput,
  title: string | null,
  masthead: ReadonlySet<string>,
  source: string | null,
): string | null {
  const orgs = input.references.filter((r) => r.kind === 'organisation');
  const signature = closingText(input.themes);
  // in any case: a letterhead may print the name in capitals ("VERENIGING …") that the signature writes as a name
  const signedAs = signature?.toLowerCase();
  const signed = signedAs ? orgs.find((r) => signedAs.includes(r.text.toLowerCase())) : undefined;
  const opening = title ? orgs.find((r) => title.startsWith(r.text)) : undefined;
  const own = orgs.find((r) => [r.name, r.text].some((n) => n && masthead.has(foldSpace(n).toLowerCase())));
  const sourced = source ? orgs.find((r) => source.includes(r.text)) : undefined;
  // parliament speaks in a letter ("De Tweede Kamer heeft in maart …") as what is lobbied, never as its sender
  const speaking = orgs.find((r) => speaks(r, input) && !PARLIAMENT.has(normaliseAddressee(r.text) ?? ''));
  const found = signed ?? opening ?? sourced ?? own ?? speaking;
  return found ? orgName(found, orgs) : null;
}

/**
 * With no signature, title or speaker to go by, the sender is the body most of the asks are made by ("roept de
 * VNG op", "Koepel X wil dat …"): a news item carries the position of the one who asks.
 */
export function requestingSender(asks: Ask[], references: Reference[]): string | null {
  const orgs = references.filter((r) => r.kind === 'organisation');
  const counts = new Map<Reference, number>();
  for (const ask of asks) {
    const by = ask.requester;
    const org = by ? orgs.find((r) => by.includes(r.text)) : undefined;
    if (org) counts.set(org, (counts.get(org) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? orgName(top[0], orgs) : null;
}

/** The closing and what follows it: the signature. */
function closingText(themes: Theme[]): string | null {
  const blocks = themes.flatMap((t) => t.blocks);
  const at = blocks.findIndex((b) => b.type === 'paragraph' && b.text.split('\n').some((l) => isClosing(l)));
  return at < 0
    ? null
    : blocks
        .slice(at)
        .map((b) => b.plain)
        .join('\n');
}

function thirdPerson(input: MetaInput): boolean {
  return input.references.some((r) => r.kind === 'organisation' && speaks(r, input));
}

/** The normalised addressees that name parliament. */
const PARLIAMENT: ReadonlySet<string> = new Set(['kamer', 'eerste-kamer', 'parlement']);

/** A speech verb right after the reference: "De VNG vraagt", "(VNG) wijst". */
const speaks = (r: Reference, input: MetaInput): boolean =>
  metaLexicon().speech.test(input.visible.slice(r.position.end.offset, r.position.end.offset + 30));
