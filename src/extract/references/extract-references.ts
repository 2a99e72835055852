/**
 * References: what the letter cites (laws, bills, Kamerstukken, articles, motions, organisations, people,
 * committees, documents) found in every title, paragraph and list item, plus every Markdown link. Each thing
 * is listed once, at its first mention; names that mean the same thing are linked both ways. A person named
 * again by surname alone ("Anna de Wit" … "De Wit zegt") and a document named again by its head alone ("het
 * actieplan Samen veilig" … "het Actieplan") are not listed again. A call to read on ("Lees de volledige brief
 * (pdf).") is a link without a target, also on a line set aside as page furniture; the document it names is not
 * listed apart.
 */
import { message, positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Reference, Theme } from '../../model/schema.js';
import { collectAbbreviations, collectSurnames, findReferences } from './find-references.js';
import { surnameOf } from './collect-surnames.js';
import { findLetterheadPersons } from './find-letterhead-persons.js';
import { findReadOnLinks } from './find-read-on-links.js';
import type { FoundReference } from './reference-types.js';
import { hasLinkTarget, identifyReferences } from './link-references.js';
import type { TextUnit } from '../text-units.js';
import { foldSpace } from '../../text/fold-space.js';
import { joinLineHyphens } from '../../text/join-line-hyphens.js';
import { upperAt } from '../../text/letter-or-digit.js';

/**
 * A letterhead or a line start may drop the first words of a name the text gives in full ("Overleg X" beside
 * "Landelijk Overleg X", "FEDERATIE X" beside "Nederlandse Federatie X"): the names without one or two
 * capitalised words in front, lower case.
 */
function shortenedNames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const words = foldSpace(name).split(' ');
    for (let k = 1; k <= 2 && k < words.length && upperAt(words[k - 1]!, 0) > 0; k++)
      out.add(words.slice(k).join(' ').toLowerCase());
  }
  return out;
}

/** What a sender or recipient line ("Van: …", "Aan: …") names: the body, committee or person who writes or is
 * written to. */
const PARTIES: ReadonlySet<string> = new Set(['organisation', 'person', 'committee']);
/** What a headline may name from its first word on: a law or bill is never the text itself. */
const LAWS: ReadonlySet<string> = new Set(['law', 'bill', 'kamerstuk', 'motion']);
const FIRST_WORD = /[\p{L}\p{N}]/u;

/**
 * Lines set aside as page furniture that still name someone: which kinds of reference each keeps. The rules of a
 * site's name set aside above a web page's headline (src/parse/set-aside-headline.ts) and of a sender's name above a
 * memo's fields (src/parse/set-aside-page-furniture.ts).
 */
const OWN_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['site-name', new Set(['organisation'])],
  ['sender-name', new Set(['organisation'])],
  ['site-rubric', new Set(['organisation'])],
  ['above-headline', new Set(['organisation'])],
  ['byline', new Set(['person', 'organisation'])],
  // a page's running head or foot names the sender and its site ("VMS · www.vms.nl")
  ['running-header-footer', new Set(['organisation', 'link'])],
]);

/** References in document order, and a warning for each link without a target. */
export function extractReferences(units: TextUnit[], themes: Theme[], file: LetterFile): Reference[] {
  const known = collectAbbreviations(file.visible);
  const surnames = collectSurnames(file.visible);
  /** The finders' hits in a piece of text (the letter's own abbreviations and surnames known). */
  const hitsIn = (view: string) =>
    findReferences(view, { knownAbbreviations: known, knownSurnames: surnames });
  type Found = Omit<Reference, 'ref' | 'links' | 'keys' | 'hasTarget'>;
  const found: Found[] = [];
  const seen = new Map<string, number>();
  const listedSurnames = new Set<string>();
  const listedHeads = new Set<string>();
  const push = (r: Found) => {
    const whole = joinLineHyphens(r.text).text;
    const key = `${r.kind}\u0000${foldSpace(whole).toLowerCase()}${r.href ? `\u0000${r.href}` : ''}`;
    const listed = seen.get(key);
    if (listed !== undefined) {
      // a name hyphenated at a line end is listed as written whole, when the letter writes it so elsewhere
      if (whole === r.text && joinLineHyphens(found[listed]!.text).text !== found[listed]!.text)
        found[listed] = r;
      return;
    }
    if (r.kind === 'person') {
      const name = foldSpace(r.name ?? r.text);
      const surname = surnameOf(name) ?? name;
      if (surname === name && listedSurnames.has(surname)) return;
      listedSurnames.add(surname);
    }
    if (r.kind === 'document') {
      const head = foldSpace(r.text).toLowerCase().split(' ')[0] as string;
      if (head === foldSpace(r.text).toLowerCase() && listedHeads.has(head)) return;
      listedHeads.add(head);
    }
    // only what is listed is seen: a name passed over above has no index to point at
    seen.set(key, found.length);
    found.push(r);
  };
  const linkSpans = themes.flatMap((t) =>
    t.blocks.flatMap((b) => b.spans.filter((s) => s.type === 'link').map((s) => s.position)),
  );
  const readOns: { start: number; end: number }[] = [];
  /** A call to read on ("Lees de volledige brief.") at [start, end), unless a Markdown link covers it. */
  const pushReadOn = (start: number, end: number, themeId: string) => {
    if (linkSpans.some((p) => p.start.offset < end && start < p.end.offset)) return;
    readOns.push({ start, end });
    push({
      kind: 'link',
      // the source: a line set aside is blank in file.text
      text: file.source.slice(start, end),
      id: null,
      name: null,
      href: null,
      role: null,
      themeId,
      position: positionIn(file, start, end),
    });
  };
  /** A finder's hit in the text from `offset` on. */
  const pushHit = (h: FoundReference, offset: number, themeId: string) => {
    const start = offset + h.start;
    const end = offset + h.end;
    // "Lees hier onze inbreng (pdf)": the call names the document
    if (h.kind === 'document' && readOns.some((r) => r.start <= start && end <= r.end)) return;
    push({
      kind: h.kind,
      text: file.source.slice(start, end),
      id: h.id,
      name: h.name,
      href: null,
      role: h.role,
      themeId,
      position: positionIn(file, start, end),
    });
  };
  // the letterhead comes first: its persons are named in full before the body repeats them
  const firstTheme = themes[0]?.id;
  if (firstTheme !== undefined) {
    for (const h of findLetterheadPersons(file.fields, file.text)) pushHit(h, 0, firstTheme);
    // a subject line names the bill or note the letter is about, often only there, as a headline does past its
    // first word (from which it names the text itself: "Kamerbrief over …", "Inbreng Bond X voor …"); a recipient
    // line ("Aan: de vaste commissie voor …", "Aan: Kamerlid T. Bulut") the committee that debates it or the member
    // written to; a sender line ("Van: Vereniging X (VX)", "Van: Sanne de Vries") who writes; a web page's date
    // line its author and, after the author, the author's body ("Door Anneke Drijfhout, voorzitter VZB — 5 nov
    // 2013"); not a page's label before the date ("VNG 4 april 2023")
    const named = {
      subject: () => true,
      headline: (h: FoundReference, first: number) => h.start > first || LAWS.has(h.kind),
      to: (h: FoundReference) => PARTIES.has(h.kind),
      from: (h: FoundReference) => PARTIES.has(h.kind),
      date: (h: FoundReference, _first: number, author: number) =>
        h.kind === 'person' || (h.kind === 'organisation' && h.start >= author),
    };
    for (const f of file.fields) {
      const keep = named[f.name as keyof typeof named];
      if (!keep) continue;
      const { offset } = f.position.start;
      const value = file.text.slice(offset, f.position.end.offset);
      const first = value.search(FIRST_WORD);
      const hits = hitsIn(value);
      const author = Math.min(...hits.filter((h) => h.kind === 'person').map((h) => h.end));
      for (const h of hits) if (keep(h, first, author)) pushHit(h, offset, firstTheme);
    }
    // a web page's name, set aside above its headline, names the organisation whose page it is; so does a sender's;
    // a byline its author
    for (const line of file.discarded) {
      const kinds = OWN_NAMES.get(line.rule);
      if (!kinds) continue;
      const { offset } = line.position.start;
      for (const h of hitsIn(file.source.slice(offset, line.position.end.offset)))
        if (kinds.has(h.kind)) pushHit(h, offset, firstTheme);
    }
  }
  for (const unit of units) {
    const view = file.visible.slice(unit.start, unit.end);
    for (const s of findReadOnLinks(view)) pushReadOn(unit.start + s.start, unit.start + s.end, unit.themeId);
    const hits = hitsIn(view);
    for (const h of hits) pushHit(h, unit.start, unit.themeId);
  }
  for (const theme of themes)
    for (const block of theme.blocks)
      for (const span of block.spans.filter((s) => s.type === 'link')) {
        // the link's visible words, without "[", "](…)"
        const s0 = span.position.start.offset;
        const inner = file.visible.slice(s0, span.position.end.offset);
        const start = s0 + inner.length - inner.trimStart().length;
        const end = s0 + inner.trimEnd().length;
        // a contact address ("info@bond.nl", "[mail ons](mailto:…)") refers to nothing the letter is about
        if (end > start && !span.href?.startsWith('mailto:'))
          push({
            kind: 'link',
            text: file.source.slice(start, end),
            id: null,
            name: null,
            href: span.href,
            role: null,
            themeId: theme.id,
            position: positionIn(file, start, end),
          });
        if (!hasLinkTarget(span.href)) {
          message(
            file,
            'link-without-target',
            `link "${span.text}" has no target (href "${span.href ?? ''}")`,
            span.position,
          );
        }
      }
  // lines set aside as page furniture may still be a call to read on: its theme is the one before it
  for (const line of file.discarded) {
    const at = line.position.start.offset;
    const themeId = [...units].reverse().find((u) => u.start <= at)?.themeId ?? themes[0]?.id;
    if (themeId === undefined) continue;
    for (const s of findReadOnLinks(line.text)) pushReadOn(at + s.start, at + s.end, themeId);
  }
  found.sort((a, b) => a.position.start.offset - b.position.start.offset);
  const shortened = shortenedNames(found.filter((f) => f.kind === 'organisation').map((f) => f.text));
  const listed = found.filter(
    (f) => f.kind !== 'organisation' || !shortened.has(foldSpace(f.text).toLowerCase()),
  );
  const { keys, groups } = identifyReferences(listed);
  const counters = new Map<string, number>();
  const refs = listed.map((f) => {
    const n = (counters.get(f.themeId) ?? 0) + 1;
    counters.set(f.themeId, n);
    return `${f.themeId}/ref-${n}`;
  });
  const references: Reference[] = listed.map((f, i) => ({
    ...f,
    ref: refs[i] as string,
    links: [],
    keys: keys[i]!,
    hasTarget: f.kind === 'link' && hasLinkTarget(f.href),
  }));
  for (const group of groups)
    for (const i of group) references[i]!.links = group.filter((j) => j !== i).map((j) => refs[j] as string);
  return references;
}
