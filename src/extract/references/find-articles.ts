/**
 * Article references: "artikel 273f", "art. 273f Sr", "artikel 5, tweede lid", "artikelen 92 - 96", "Artikel II",
 * "artikel 1:3 Awb", "artikel 151a van de Gemeentewet". The id is "<number> <law>" when the law is named right
 * after the article or implied by laws.yaml (273f → Sr). The surface keeps a short abbreviation that cannot
 * stand alone ("Sr"); a law named in full is left outside it and found as a law of its own.
 * Skipped: "artikel 12-uitkering" (a Gemeentefonds payment) and budget headings "Artikel 1. Openbaar bestuur".
 */
import { lawLexicon, lookupLaw, type LawEntry } from './law-lexicon.js';
import { B_START, literalAlternation, matchesIf } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { L, LL, LN, LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

// a number, or the Roman number of an amending law's own article ("Artikel II", "artikel IV, onderdeel A")
const NUM = String.raw`(?:\d{1,4}(?::\d{1,4})?(?:\.\d{1,3}){0,3}[a-z]{0,3}|[IVX]{1,5})(?![${LN}]|-[${L}])`;
const ORDINAL = String.raw`(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d{1,2}e)`;
const SUB = String.raw`(?:,?\s+(?:${ORDINAL}\s+lid|lid\s+\d{1,2}|(?:aanhef\s+en\s+)?(?:onderdeel|onder|sub|letter)\s+[A-Za-z0-9]{1,3}°?)(?![${LN}]))`;
const RANGE = String.raw`(?:\s*(?:-|–|t/m|tot\s+en\s+met)\s*${NUM}|\s+(?:en|of)\s+${NUM})`;

// "artikel", "artikelen", "art."
const HAS_WORD = /[Aa]rt/u;

const articlePattern = deriveFromLexicons((): RegExp => {
  const { laws } = lawLexicon();
  const short = literalAlternation(
    laws.flatMap((l) => [...l.articleOnly, ...l.abbreviations]),
    false,
  );
  const full = literalAlternation(
    laws.flatMap((l) => [l.name, ...l.aliases]),
    false,
  );
  const law = String.raw`(?:${full}|[${LU}][${LL}]{2,40}wet)`;
  return new RegExp(
    String.raw`${B_START}(?<word>[Aa]rtikel(?:en)?|[Aa]rt\.)\s+(?<nr>${NUM})(?<range>${RANGE})?(?:${SUB}){0,4}` +
      String.raw`(?:[ \u00A0]+(?<short>${short})(?![${LN}]))?(?<long>,?\s+(?:van\s+(?:de|het)\s+)?(?<law>${law})(?![${LN}]))?`,
    'gu',
  );
});

const lineStart = (text: string, at: number): boolean =>
  /(?:^|\n)[ \t>*•-]*$/u.test(text.slice(Math.max(0, at - 20), at));

function lawFor(nr: string, short: string | undefined, named: string | undefined): LawEntry | undefined {
  if (short) return lawLexicon().byAbbreviation.get(short);
  if (named) return lookupLaw(named);
  return lawLexicon().articleDefaults.get(nr.toLowerCase());
}

export function findArticles(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of matchesIf(HAS_WORD, articlePattern(), text)) {
    const g = m.groups ?? {};
    const word = g.word as string;
    const nr = g.nr as string;
    const after = text.slice(m.index + m[0].length - (g.long?.length ?? 0));
    // "Artikel 1. Openbaar bestuur …": a budget article heading, not a reference
    if (
      word.startsWith('A') &&
      lineStart(text, m.index) &&
      !g.short &&
      !g.law &&
      /^[.:]\s+\p{Lu}/u.test(after)
    )
      continue;
    const end = m.index + m[0].length - (g.long?.length ?? 0);
    const law = lawFor(nr, g.short, g.law);
    const number = g.range ? `${nr}-${(g.range.match(/[\d][\w.:]*$/u) ?? [''])[0]}` : nr;
    const cite = law?.citeAs ?? g.law;
    out.push(makeRef(text, 'article', m.index, end, { id: cite ? `${number} ${cite}` : null }));
  }
  return out;
}
