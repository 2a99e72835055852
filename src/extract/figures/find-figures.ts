/**
 * Figures in Dutch text: amounts ("circa 1 miljoen euro", "€ 500.000", "€100 miljoen per jaar"),
 * percentages ("3,5%", "57 procent") and counts ("58 fte", "342 gemeenten"). See §7 of the formats guide.
 * Years are dates, not figures ("vanaf 2026"): a four-digit year is never read as a count either.
 */
import { collectQualifiers } from './collect-figure-qualifiers.js';
import { digitAtoms, wordAtoms, type NumberAtom } from './collect-number-atoms.js';
import { figureLexicon, SP, type FigureLexicon } from './figure-lexicon.js';
import { findDates } from '../../text/find-dates.js';
import { countSentenceTester, moneySentenceTester } from './sentence-word-testers.js';
import { readNumberToken, scaled } from './read-number-token.js';
import { L, LL, LN, LU } from '../../text/letter-classes.js';
import { isStopWord } from '../../text/stop-words.js';

export interface FoundFigure {
  kind: 'money' | 'percentage' | 'count';
  /** offsets into the input string: text === input.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** 1000000 for "1 miljoen euro", 500000 for "€ 500.000", 3.5 for "3,5%" */
  value: number | null;
  /** 'EUR' or 'USD', '%', or the counted noun for counts ('fte', 'gemeenten') */
  unit: string | null;
  approximate: boolean;
  /** e.g. ['circa'], ['structureel', 'per jaar'], ['extra'] */
  qualifiers: string[];
}

// Dollars too: the Caribbean Netherlands pay in US dollars ("USD 520", "$ 4 miljoen", "12 miljoen dollar"); and
// guilders in letters before 2002 ("ƒ 12 miljoen", "fl. 38.500,-", "3 miljoen gulden"), and the European Community's
// unit of account before the euro ("875 ECU per hectare", XEU).
const CURRENCY_BEFORE = new RegExp(
  `(?<![${LN}])(?:€|eur|euro|ecu|usd|us\\$|\\$|ƒ|hfl\\.?|fl\\.)${SP}{0,2}$`,
  'iu',
);
// A digit may follow: footnote markers glue to the unit ("2 miljoen euro3"); but a euro sign before a number is
// that number's ("in 2025 € 64 miljoen").
const CURRENCY_AFTER = new RegExp(
  `^${SP}{0,2}(?:euro|eur|€(?!${SP}{0,2}\\d)|ecu|usd|dollars?|gulden|(?:euro|dollar)?cent)(?![${L}])`,
  'iu',
);
// A typewriter's guilder sign, a plain "f" ("f 0,19", "f 45.000", "f 2,1 miljoen"): money only when the amount
// looks like money (decimals, grouped thousands, a scale or the whole-guilders mark), as "onder f 3" does not.
const PLAIN_F_BEFORE = new RegExp(`(?<![${LN}.])f${SP}{1,2}$`, 'u');
const MONEY_SHAPED = /[.,]\d/u;
/** The plain "f" before a number, when the amount looks like money; the rare "f" is tested first. */
function plainGuilderSign(
  text: string,
  atom: NumberAtom,
  end: number,
  preceding: string,
  lex: FigureLexicon,
): RegExpExecArray | null {
  const sign = atom.fromWords ? null : PLAIN_F_BEFORE.exec(preceding);
  if (!sign) return null;
  const moneyShaped =
    MONEY_SHAPED.test(text.slice(atom.start, atom.end)) ||
    lex.scaleAfter.test(text.slice(end, end + 20)) ||
    WHOLE_EUROS.test(text.slice(end, end + 3));
  return moneyShaped ? sign : null;
}
const currencyCode = (sign: string): string =>
  /usd|\$|dollar/i.test(sign)
    ? 'USD'
    : /ƒ|fl|gulden|^f\s/i.test(sign)
      ? 'NLG'
      : /ecu/i.test(sign)
        ? 'XEU'
        : 'EUR';
/** "7 eurocent" is worth 0.07 euro. */
const inUnits = (value: number, sign: string): number => (/cent/i.test(sign) ? scaled(value, 0.01) : value);
const WHOLE_EUROS = /^,(?:-{1,2}|=)/;
const PERCENT_AFTER = new RegExp(
  `^${SP}{0,2}(?:%|procentpunten|procentpunt|procent|pct\\.?)(?![${L}])`,
  'iu',
);
// an area or a volume keeps its power sign ("100 m²", "5.000 m³"); a compound may be hyphenated
// ("35 restauratie-ateliers")
const NOUN_AFTER = new RegExp(`^${SP}{1,3}([${L}][${L}'’]{0,30}(?:-[${L}]{2,30})?[²³]?)`, 'u');
// "€ 300 tot € 500", "EUR 450 tot EUR 900": the sign or code may repeat before the second number of a range of
// amounts (group 1, the number 2)
const SIGN = `(?:€|eur|usd|us\\$|\\$|ƒ|hfl\\.?|fl\\.)${SP}{0,2}`;
const SECOND = `(${SIGN})?(\\d[\\d.,]{0,20})`;
// (the first amount may carry its whole-euros mark: "ƒ 400,- tot ƒ 550,-")
const WHOLE_MARK = `(?:,(?:-{1,2}|=))?`;
const RANGE_AFTER = new RegExp(`^${WHOLE_MARK}${SP}{0,2}(?:-|–|tot|à)${SP}{0,2}${SECOND}`, 'iu');
// "tussen (de) 5 en 10 miljoen euro": "en" joins a range only after "tussen", which opens the figure
const RANGE_EN_AFTER = new RegExp(`^${WHOLE_MARK}${SP}{1,2}en${SP}{1,2}${SECOND}`, 'iu');
const BETWEEN_BEFORE = new RegExp(`(?<![${L}])tussen(?:${SP}{1,2}de)?${SP}{1,2}(?:${SIGN})?$`, 'iu');

interface Core {
  kind: FoundFigure['kind'];
  start: number;
  end: number;
  value: number;
  unit: string | null;
  /** a qualifier the unit itself carries ("procentpunt") */
  unitQualifier?: string;
}

/** Reads what follows a number (range, scale, unit) and decides what kind of figure it is. */
function readCore(
  text: string,
  atom: NumberAtom,
  lex: FigureLexicon,
  isMoney: (at: number) => boolean,
  isCount: (at: number) => boolean,
): Core | null {
  let end = atom.end;
  let rangeStart = atom.start;
  const between = atom.fromWords
    ? null
    : BETWEEN_BEFORE.exec(text.slice(Math.max(0, atom.start - 16), atom.start));
  const range = atom.fromWords
    ? null
    : (between ? RANGE_EN_AFTER : RANGE_AFTER).exec(text.slice(end, end + 40));
  const preceding = text.slice(Math.max(0, atom.start - 8), atom.start);
  const before = CURRENCY_BEFORE.exec(preceding) ?? plainGuilderSign(text, atom, end, preceding, lex);
  if (range) {
    const raw = range[2] as string;
    const second = readNumberToken(raw, true);
    const rangeEnd = end + range[0].length - raw.length + (second?.raw.length ?? 0);
    const tail = text.slice(rangeEnd, rangeEnd + 30);
    // "2.000 tot 3.000 statushouders": the noun after the second number counts both
    const counted =
      second !== null &&
      !YEAR.test(second.raw) &&
      countedNoun(tail, lex, GROUPED.test(second.raw) || /^\d{2}/.test(second.raw)) !== null;
    const signs = range[1] === undefined ? null : before !== null;
    if (
      second &&
      signs !== false &&
      (signs || lex.scaleAfter.test(tail) || CURRENCY_AFTER.test(tail) || PERCENT_AFTER.test(tail) || counted)
    ) {
      end = rangeEnd;
      if (between) rangeStart = atom.start - between[0].length;
    }
  }
  // the whole's number counts its noun as a number of two or more digits does ("6 op de 10 coöperaties")
  const partOfWhole = end === atom.end && (end = partitiveEnd(text, end, lex)) !== atom.end;
  let value = atom.value;
  let hasScale = false;
  const scale = lex.scaleAfter.exec(text.slice(end, end + 20));
  if (scale) {
    const word = (scale[1] as string).toLowerCase();
    value = scaled(value, lex.scales.get(word) ?? 1);
    end += scale[0].length - (word.length > 3 ? (scale[2] as string).length : 0); // "mln." keeps its dot
    hasScale = true;
  }
  const after = text.slice(end, end + 40);
  const percent = PERCENT_AFTER.exec(after);
  if (percent && !hasScale) {
    const points = /punt/i.test(percent[0]) ? 'procentpunt' : undefined;
    return {
      kind: 'percentage',
      start: rangeStart,
      end: end + percent[0].length,
      value,
      unit: '%',
      unitQualifier: points,
    };
  }

  const start = before ? Math.min(atom.start - before[0].length, rangeStart) : rangeStart;
  const currency = CURRENCY_AFTER.exec(after);
  if (currency) {
    const sign = currency[0];
    return {
      kind: 'money',
      start,
      end: end + sign.length,
      value: inUnits(value, sign),
      unit: currencyCode(sign),
    };
  }
  if (before) {
    const whole = hasScale ? null : WHOLE_EUROS.exec(after);
    return {
      kind: 'money',
      start,
      end: end + (whole?.[0].length ?? 0),
      value,
      unit: currencyCode(before[0]),
    };
  }
  const grouped = !atom.fromWords && GROUPED.test(text.slice(atom.start, atom.end));
  // "tot 2020 was dat …": after a qualifier a year stays a year
  const qualifier = lex.approximateBefore.match(text.slice(Math.max(0, atom.start - 40), atom.start));
  const qualified = qualifier !== null && !YEAR.test(text.slice(atom.start, atom.end));
  // a scale makes any number large enough to count people or things by ("2,6 miljoen Nederlanders")
  const open =
    grouped || hasScale || partOfWhole || (!atom.fromWords && (qualified || isCountable(text, atom)));
  const noun = countedNoun(after, lex, open);
  if (noun && (!atom.fromWords || hasScale) && !yearOfTime(text, atom)) {
    return { kind: 'count', start, end: end + noun.end, value, unit: noun.word };
  }
  // "4.600 hectare", "langs 35 kilometer": a measure of land, road, weight or energy; not a speed ("30 km/u",
  // "50 kilometer per uur")
  // … as does a decimal one ("14,5 kilometer")
  const decimal = !atom.fromWords && DECIMAL.test(text.slice(atom.start, atom.end));
  const measure = (open || decimal) && !atom.fromWords ? NOUN_AFTER.exec(after) : null;
  if (
    measure &&
    lex.measures.has(measure[1]!.toLowerCase()) &&
    !SPEED_AFTER.test(after.slice(measure[0].length))
  )
    return { kind: 'count', start, end: end + measure[0].length, value, unit: measure[1]! };
  if (hasScale) {
    const kind = isMoney(atom.start) ? 'money' : 'count';
    return { kind, start, end, value, unit: kind === 'money' ? 'EUR' : null };
  }
  // "verdubbelen tot ruim 20.000", "Het aantal … daalde tot 296.000": a count whose noun is said before
  // "waarvan circa 240 nog zelf slachten", "ruim 900 van de": a qualifier makes a bare number of two or more digits a
  // count too, before no word or a function word (a noun after it is a unit: "minstens 20 centimeter"); not "tot",
  // which also ends a span of time ("van 9.00 tot 17.30")
  const bare = qualified && qualifier.phrase !== 'tot' && isCountable(text, atom) && !nounAfter(after);
  if ((grouped && (qualified || isCount(atom.start))) || bare)
    return { kind: 'count', start, end, value, unit: null };
  return null;
}

// "118 van de 404 treinstations", "1 op de 4 studenten": a part of a counted whole, or a proportion
const PARTITIVE_AFTER = new RegExp(`^${SP}{1,3}(?:van|op)${SP}{1,3}de${SP}{1,3}(\\d[\\d.]{0,12})`, 'u');

/**
 * The end of the whole's number when a count's part is said before it ("118 van de 404 treinstations", "6 op de 10
 * coöperaties"), else `end`.
 */
function partitiveEnd(text: string, end: number, lex: FigureLexicon): number {
  const partitive = PARTITIVE_AFTER.exec(text.slice(end, end + 40));
  const whole = partitive && readNumberToken(partitive[1] as string, true);
  if (!partitive || !whole || YEAR.test(whole.raw)) return end;
  const wholeEnd = end + partitive[0].length - (partitive[1] as string).length + whole.raw.length;
  return countedNoun(text.slice(wholeEnd, wholeEnd + 30), lex, true) ? wholeEnd : end;
}

/**
 * A whole number of two or more digits that is no year: it counts any plural noun after it ("61 controles"). Not the
 * base of a proportion ("4 op de 10 ontvangers"), whose noun is the proportion's.
 */
function isCountable(text: string, atom: NumberAtom): boolean {
  const digits = text.slice(atom.start, atom.end);
  return (
    /^\d{2,4}$/.test(digits) &&
    !YEAR.test(digits) &&
    !RATIO_BEFORE.test(text.slice(Math.max(0, atom.start - 12), atom.start))
  );
}

const WORD_AFTER = new RegExp(`^${SP}{1,3}([${L}]+)`, 'u');

/** Whether a word that may be a noun follows: any word but a function word. */
function nounAfter(after: string): boolean {
  const word = WORD_AFTER.exec(after)?.[1];
  // a function word, or "per" of a rate ("ten minste 60 per jaar"), is none
  const lower = word?.toLowerCase();
  return lower !== undefined && !isStopWord(lower) && lower !== 'per';
}

/**
 * Attributive adjectives between a number and its noun: declined in -e ("nieuwe", "sociale"), undeclined in a fixed
 * pair ("medisch specialisten", "penitentiair inrichtingswerkers", "maatschappelijk werkers") or invariable ("extra").
 * Up to two may stand there.
 */
const ADJECTIVE_AFTER = new RegExp(
  `^${SP}{1,3}(?:[${L}]{2,30}(?:e|isch|air|eel|aal|lijk)|extra)(?![${L}'’])`,
  'u',
);
/** The first half of a pair of compounds that share their head: "120 voet- en fietsveren", "40 basis- of mbo-scholen". */
const SUSPENDED_AFTER = new RegExp(`^${SP}{1,3}[${L}]{1,30}-${SP}{1,2}(?:en|of)(?=${SP})`, 'u');
/** After a measure, what makes it a speed or a rate: "km/u", "kilometer per uur". */
const SPEED_AFTER = new RegExp(`^(?:/|${SP}{1,3}per${SP}{1,3}(?:uur|seconde|dag)(?![${L}]))`, 'u');
/** A compound's head shorter than this may be a chance ending ("fte" in "behoefte"). */
const MIN_HEAD = 5;
/** A number with a thousands dot ("24.000"): letters give such numbers for what they count. */
const GROUPED = /\d\.\d{3}/;
const DECIMAL = /\d,\d/;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A preposition of time right before a number: "sinds 2015", "in 2015", "per 2026". */
const TIME_BEFORE = new RegExp(
  `(?:^|[^${L}])(?:sinds|vanaf|in|tot|na|per|medio|begin|eind)${SP}{1,3}$`,
  'iu',
);

/** "sinds 2015 schoonmakers", "In 2015 gemeenten die …": a year after a preposition of time, no count. */
const yearOfTime = (text: string, atom: NumberAtom): boolean =>
  YEAR.test(text.slice(atom.start, atom.end)) &&
  TIME_BEFORE.test(text.slice(Math.max(0, atom.start - 12), atom.start));

const RATIO_BEFORE = new RegExp(`\\d${SP}{1,3}op${SP}{1,3}(?:de${SP}{1,3})?$`, 'u');
/**
 * A lower-case plural noun ("leraren", "veteranen", "fietsers", "boa's", Latin "poppodia", "musea", "musici",
 * "dialysecentra", hyphenated "restauratie-ateliers"), or the capitalised plural of inhabitants ("Nederlanders", "Amsterdammers", "Europeanen").
 */
const PLURAL = new RegExp(
  `^(?:[${LL}][${L}-]{1,30}(?:en|s|'s|’s|ia|ea|ici|ntra)|[${LU}][${LL}]{2,30}(?:ers|anen))$`,
  'u',
);
/** Words that end like plurals but are no nouns: prepositions and verbs after a number ("12.000 hebben"). */
const NOT_NOUNS = new Set(
  'tegen binnen buiten boven tussen volgens sinds tijdens wegens was is hebben kunnen moeten zullen willen worden werden waren gaan komen staan'.split(
    ' ',
  ),
);

/**
 * The counted noun after a number, maybe behind adjectives, or a compound whose head is one ("wijkagenten"). After an
 * `open` number (a thousands dot, a qualifier, two or more digits) any plural noun is counted ("ruim 41.000 leraren",
 * "61 controles") but spans of time and parts of a text; a bare single digit needs the list.
 */
function countedNoun(after: string, lex: FigureLexicon, open: boolean): { word: string; end: number } | null {
  let skip = 0;
  for (let k = 0; k <= 2; k++) {
    skip += SUSPENDED_AFTER.exec(after.slice(skip))?.[0].length ?? 0;
    const noun = NOUN_AFTER.exec(after.slice(skip));
    const word = noun?.[1];
    if (!noun || !word) return null;
    const lower = word.toLowerCase();
    if (
      isCounted(lower, lex) ||
      (open && PLURAL.test(word) && !NOT_NOUNS.has(lower) && !lex.notCounted.has(lower))
    )
      return { word, end: skip + noun[0].length };
    const adjective = ADJECTIVE_AFTER.exec(after.slice(skip));
    if (!adjective) return null;
    skip += adjective[0].length;
  }
  return null;
}

function isCounted(word: string, lex: FigureLexicon): boolean {
  if (lex.countedNouns.has(word)) return true;
  for (let i = 3; i <= word.length - MIN_HEAD; i++) if (lex.countedNouns.has(word.slice(i))) return true;
  return false;
}

/** All figures in a text, in order, without overlaps. Never throws. */
export function findFigures(text: string): FoundFigure[] {
  if (text.length === 0) return [];
  const lex = figureLexicon();
  const dates = findDates(text);
  const atoms = [...digitAtoms(text, lex), ...wordAtoms(text, lex)].sort((a, b) => a.start - b.start);
  const isMoney = moneySentenceTester(text, lex);
  const isCount = countSentenceTester(text, lex);
  const found: FoundFigure[] = [];
  let lastEnd = 0;
  let d = 0;
  for (const atom of atoms) {
    if (atom.start < lastEnd) continue;
    while (d < dates.length && (dates[d] as { end: number }).end <= atom.start) d++;
    const date = dates[d];
    if (date && date.start <= atom.start && atom.start < date.end) continue; // "5 september 2024"
    const core = readCore(text, atom, lex, isMoney, isCount);
    let figure: FoundFigure | null = null;
    if (core) {
      const q = collectQualifiers(text, core.start, core.end, lastEnd, lex);
      const qualifiers = core.unitQualifier ? [...q.qualifiers, core.unitQualifier] : q.qualifiers;
      figure = {
        kind: core.kind,
        text: text.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        value: core.value,
        unit: core.unit,
        approximate: q.approximate || atom.vague === true,
        qualifiers,
      };
    }
    if (!figure) continue;
    found.push(figure);
    lastEnd = figure.end;
  }
  return found;
}
