/**
 * Named documents: known names ("Memorie van Toelichting", "MvT", "Deltaprogramma", "coalitieakkoord",
 * "miljoenennota"), and a head word from document-words.yaml followed by a title: a quoted one ("adviesrapport
 * ‘Elke regio telt’"), a capitalised name ("actieplan Samen tegen mensenhandel", "Actieagenda Lokaal Bestuur"),
 * or "van" and an organisation ("lobbybrief van het Leger des Heils", "onderzoek van XYZ"). An own or
 * parliamentary document also takes its date and occasion ("onze brief van 3 maart", "onze inbreng voor het debat
 * over …", "de Kamerbrief over …"); "de brief van 3 maart" alone may be the letter itself. In mid-sentence a capitalised compound of a head is a title by itself ("hun
 * Klimaatpakket"), except the compounds of "Kamer" that are capitalised anyway ("Kamerbrief"). A bare head ("de
 * brief", "dit actieplan") is generic.
 */
import { documentLexicon, isDocumentHead } from './document-lexicon.js';
import { coordinatedStart, matchesIf, type Gate } from './reference-patterns.js';
import { foldSpace } from '../../text/fold-space.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { wholeWordGate, wholeWords, type WholeWords } from './whole-words.js';
import { readNameRun } from './read-name-run.js';
import { topicAfter } from './read-document-topic.js';
import { atSentenceStart } from './read-proper-name.js';
import { L, LN, N } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { lowerAt } from '../../text/letter-or-digit.js';

const WORD = new RegExp(String.raw`(?<![${LN}])[${L}]+(?:-[${L}]+)*(?![${LN}])`, 'gu');
const QUOTED = new RegExp(
  String.raw`[ \t\u00A0]*[‘“'"„]((?:[^‘’“”"'\n]|['’](?=[${L}])){2,150})[’”'"](?![${L}])`,
  'uy',
);
const VAN = /\s+van\s+(?:(?:het|de)\s+)?/uy;
// "onze brief", "uw inbreng": the writer's or the addressee's own document
const POSSESSIVES = new Set(['onze', 'ons', 'mijn', 'uw', 'hun', 'haar', 'zijn']);
const YEAR = new RegExp(String.raw`[ \t\u00A0](?:19|20)\d{2}(?![${N}/-])`, 'uy');
// "Bestuursakkoord 2023-2027", "jaarverslag 2024": a year names the edition
const EDITION = new RegExp(
  String.raw`[ \t\u00A0](?:19|20)\d{2}(?:[ \t]?[-–/][ \t]?(?:19|20)?\d{2})?(?![${N}/-])`,
  'uy',
);
// an unquoted title of the shape "Van schuld naar schone lei", "Van Parijs naar praktijk": its stop words ("van",
// "naar") belong to it
const FROM_TO = /[ \t\u00A0]+Van[ \t]+[^\n.,;:!?()]{1,60}?[ \t]naar(?=[ \t]+\p{L})/uy;
/** Whether "Van" follows spaces at `pos`, as FROM_TO (costly to compile with \p{L}) needs. */
export function vanAfterSpace(text: string, pos: number): boolean {
  let at = pos;
  while (at < text.length && ' \t\u00A0'.includes(text.charAt(at))) at++;
  return at > pos && text.startsWith('Van', at);
}
/** for the test that its gate never refuses a text it matches */
export { FROM_TO };
const NEXT = new RegExp(String.raw`[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*)?([${L}]+)`, 'uy');

interface NamedPatterns {
  hasName: Gate;
  exact: WholeWords;
  loose: WholeWords;
  canonical: Map<string, string>;
}

const namedPatterns = deriveFromLexicons((): NamedPatterns => {
  const docs = documentLexicon().named;
  const oneWord = docs.filter((d) => !/\s/u.test(d.alias)).map((d) => d.alias);
  // a one-word name also matches with the other case of its first letter ("Coalitieakkoord", "miljoenennota"),
  // except an abbreviation ("MvT")
  const otherCase = oneWord
    .filter((a) => (a.match(/\p{Lu}/gu)?.length ?? 0) <= 1)
    .map((a) => (lowerAt(a, 0) > 0 ? a.charAt(0).toUpperCase() : a.charAt(0).toLowerCase()) + a.slice(1));
  return {
    hasName: wholeWordGate(docs.map((d) => d.alias)),
    exact: wholeWords([...oneWord, ...otherCase], false),
    loose: wholeWords(
      docs.filter((d) => /\s/u.test(d.alias)).map((d) => d.alias),
      true,
    ),
    canonical: new Map(docs.map((d) => [d.alias.toLowerCase(), d.name] as const)),
  };
});

interface Title {
  end: number;
  name: string;
}

/** The title after a head word ending at `pos`, if any. */
function titleAfter(text: string, pos: number, orgEnds: ReadonlyMap<number, number>): Title | null {
  QUOTED.lastIndex = pos;
  const quoted = QUOTED.exec(text);
  if (quoted) return { end: QUOTED.lastIndex, name: foldSpace(quoted[1] as string) };
  EDITION.lastIndex = pos;
  if (EDITION.test(text)) return { end: EDITION.lastIndex, name: '' };
  VAN.lastIndex = pos;
  if (VAN.exec(text)) {
    const orgEnd = orgEnds.get(VAN.lastIndex);
    if (orgEnd !== undefined) return { end: orgEnd, name: '' };
  }
  FROM_TO.lastIndex = pos;
  if (vanAfterSpace(text, pos) && FROM_TO.test(text)) {
    const rest = readNameRun(text, FROM_TO.lastIndex, { maxWords: 6 });
    if (rest.words.length > 0) return { end: rest.end, name: '' };
  }
  const run = readNameRun(text, pos, { capitalFirst: true, maxWords: 8 });
  const first = run.words[0];
  // a title starts with a capitalised word, not an acronym ("brief VNG")
  if (!first || !/^\p{Lu}\p{Ll}/u.test(first)) return null;
  return { end: run.end, name: '' };
}

/** A capitalised compound of a head, not of "Kamer" ("Klimaatpakket", not "Kamerbrief" nor "Plan"). */
const isTitleCompound = (word: string): boolean =>
  /^\p{Lu}\p{Ll}/u.test(word) &&
  !/^kamer/iu.test(word) &&
  !documentLexicon().heads.includes(word.toLowerCase());

export function findDocuments(text: string, organisations: readonly FoundReference[]): FoundReference[] {
  const out: FoundReference[] = [];
  const p = namedPatterns();
  for (const re of [p.exact, p.loose]) {
    for (const m of matchesIf(p.hasName, re, text)) {
      const name = p.canonical.get(foldSpace(m[0]).toLowerCase()) ?? null;
      // "Voorjaarsnota 2025": the year names the edition
      YEAR.lastIndex = m.index + m[0].length;
      const end = YEAR.test(text) ? YEAR.lastIndex : m.index + m[0].length;
      out.push(makeRef(text, 'document', m.index, end, { name }));
    }
  }
  const { ordinals, hasHead } = documentLexicon();
  const namedStarts = out.map((d) => d.start);
  // where each organisation starts → the end of the longest one starting there
  const orgEnds = new Map<number, number>();
  for (const o of organisations) orgEnds.set(o.start, Math.max(o.end, orgEnds.get(o.start) ?? 0));
  let previous: { word: string; start: number } | null = null;
  // only a word holding a head starts a document
  for (const m of matchesIf(hasHead, WORD, text)) {
    const word = m[0];
    const before = previous;
    previous = { word, start: m.index };
    if (!isDocumentHead(word)) continue;
    let after = m.index + word.length;
    let title = titleAfter(text, after, orgEnds);
    const own = before !== null && POSSESSIVES.has(before.word.toLowerCase());
    const topic = own || /^kamer/iu.test(word) ? topicAfter(text, after, namedStarts) : null;
    const byTopic = topic !== null && (!title || topic > title.end);
    if (byTopic) title = { end: topic, name: '' };
    if (!title && isTitleCompound(word) && !atSentenceStart(text, m.index)) title = { end: after, name: '' };
    if (!title) {
      // a chain of heads: "Actieplan programma Samen tegen mensenhandel"
      NEXT.lastIndex = after;
      const next = NEXT.exec(text);
      if (!next || !isDocumentHead(next[1] as string)) continue;
      after = NEXT.lastIndex;
      title = titleAfter(text, after, orgEnds);
      if (!title) continue;
    }
    const adjacent = before !== null && /^\s+$/u.test(text.slice(before.start + before.word.length, m.index));
    const start =
      before && adjacent && (ordinals.has(before.word.toLowerCase()) || (own && byTopic))
        ? before.start
        : coordinatedStart(text, m.index);
    // a known name ("Voorjaarsnota") is found once, as the name
    if (namedStarts.includes(start) && out.some((d) => d.start === start && d.end === title.end)) continue;
    const name = title.name || foldSpace(text.slice(m.index, title.end));
    out.push(makeRef(text, 'document', start, title.end, { name }));
  }
  return out;
}
