/**
 * The debate a letter is written for: "CD Mensenhandel en Prostitutie 11 sept" in the subject, "het debat
 * Mensenhandel en Prostitutie met …, donderdag 24 februari" in a news item, "Op woensdag 11 september
 * debatteert u over …" in the opening, "Vandaag debatteert de Kamer over …" in a dated news item. The year comes
 * from the letter's date (or the month a page gives); past debates are skipped. A debate named without a date
 * (a title "Commissiedebat Water") takes the date of a later mention of it.
 */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/debates.yaml';
import { message, positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Debate } from '../../model/schema.js';
import { findDates, type FoundDate } from '../../text/find-dates.js';
import { findRelativeDays } from '../../text/find-relative-days.js';
import { isFiniteVerb } from '../asks/ask-lexicon.js';
import { escapeRegex } from '../references/reference-patterns.js';
import { L } from '../../text/letter-classes.js';
import { phraseGate } from '../../text/word-gate.js';
import { lowerAt, upperAt } from '../../text/letter-or-digit.js';

const DebateWords = () =>
  z.object({
    types: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
    verbs: z.array(z.string()),
    nameStops: z.array(z.string()),
    topicEnds: z.array(z.string()),
    subjectStarts: z.array(z.string()),
    linkers: z.array(z.string()),
    backReferences: z.object({ pointers: z.array(z.string()), meetings: z.array(z.string()) }).strict(),
  });

interface Lexicon {
  typeRe: RegExp;
  canonical: Map<string, string>;
  /** aliases that count only in capitals ("CD", not "cd") */
  capitals: Set<string>;
  verbRe: RegExp;
  /** whether a text holds every word of a verb phrase: verbRe (i and u flags, costly to compile) needs one */
  mayHoldVerb: (text: string) => boolean;
  stops: Set<string>;
  /** a phrase that ends a topic, at the start of the rest of a sentence */
  topicEndRe: RegExp;
  subjectStarts: Set<string>;
  linkers: Set<string>;
  /** "Dat overleg …" first in a sentence: the debate just named */
  pointsBack: (sentence: string) => boolean;
}

/** Up to three words between the words of a verb phrase. `[^\s]`, not `\S`: under `iu` V8 case-folds all of `\S`. */
const GAP = String.raw`\s+(?:[^\s]+\s+){0,3}?`;

/**
 * The phrases as one alternation, those with the same first words sharing them and first words with the same
 * rest sharing that ("(?:spreekt|bespreekt) GAP (?:u|de GAP (?:kamer|commissie)|…)"). V8 unrolls each gap three
 * times, so each gap written once spares its code (690 KiB for the phrases one by one). Only where a match starts
 * is read, and that is the same for any order of the alternatives.
 */
function sharedWords(phrases: readonly (readonly string[])[]): string {
  const rests = new Map<string, (readonly string[])[]>();
  for (const [word = '', ...rest] of phrases) rests.set(word, [...(rests.get(word) ?? []), rest]);
  const firsts = new Map<string, string[]>();
  for (const [word, after] of rests) {
    const tail = restsOf(after);
    firsts.set(tail, [...(firsts.get(tail) ?? []), escapeRegex(word)]);
  }
  return [...firsts]
    .map(([tail, words]) => (words.length > 1 ? `(?:${words.join('|')})` : words[0]) + tail)
    .join('|');
}

/** What may follow a first word: nothing, or a gap and the rests, optional when one of them is empty. */
function restsOf(after: readonly (readonly string[])[]): string {
  const more = after.filter((rest) => rest.length > 0);
  if (more.length === 0) return '';
  const tail = `${GAP}(?:${sharedWords(more)})`;
  return more.length < after.length ? `(?:${tail})?` : tail;
}

const load = defineLexicon(source, DebateWords, (data): Lexicon => {
  const aliases = data.types.flatMap((t) => t.aliases.map((a) => ({ alias: a, name: t.name })));
  aliases.sort((a, b) => b.alias.length - a.alias.length);
  return {
    typeRe: new RegExp(
      `(?<![${L}\\d])(${aliases.map((a) => escapeRegex(a.alias)).join('|')})(?![${L}\\d])`,
      'giu',
    ),
    canonical: new Map(aliases.map((a) => [a.alias.toLowerCase(), a.name])),
    capitals: new Set(aliases.filter((a) => a.alias === a.alias.toUpperCase()).map((a) => a.alias)),
    verbRe: new RegExp(`(?<![${L}])(?:${sharedWords(data.verbs.map((v) => v.split(' ')))})(?![${L}])`, 'iu'),
    mayHoldVerb: phraseGate(data.verbs),
    stops: new Set(data.nameStops),
    topicEndRe: new RegExp(
      `^(?:${data.topicEnds.map((t) => escapeRegex(t).replace(/ /g, '\\s+')).join('|')})(?![${L}])`,
      'iu',
    ),
    subjectStarts: new Set(data.subjectStarts.map((w) => w.toLowerCase())),
    linkers: new Set(data.linkers.map((w) => w.toLowerCase())),
    pointsBack: (sentence) => {
      const [pointer, meeting] = sentence.trimStart().toLowerCase().split(/\s+/, 2);
      return (
        data.backReferences.pointers.includes(pointer ?? '') &&
        data.backReferences.meetings.includes(meeting ?? '')
      );
    },
  };
});

export interface DebateSource {
  /** the text to search: the subject line or headline, or one sentence's visible text */
  text: string;
  /** offset of `text` in the letter */
  offset: number;
  /** the title names the letter's own debate even when the letter is dated after it */
  title?: boolean;
}

export interface DayRef {
  year: number;
  month: number;
  day: number;
}

/**
 * The first upcoming debate named in the sources (searched in order), with a warning on a weekday clash.
 * `exact`: the reference is the letter's own day (not only its month), so "vandaag" and "morgen" can be dated.
 */
export function findDebate(
  sources: DebateSource[],
  letterDate: DayRef | undefined,
  exact: boolean,
  file: LetterFile,
): Debate | null {
  const context = { ref: letterDate, relative: exact };
  for (const [i, source] of sources.entries()) {
    const found = debateIn(source.text, context, !!source.title);
    if (!found) continue;
    const position = positionIn(file, source.offset + found.start, source.offset + found.end);
    const date = found.date?.date
      ? found.date
      : (backDated(sources[i + 1], context) ??
        laterDate(found, sources.slice(i + 1), context, !!source.title));
    if (date?.weekdayMismatch)
      message(
        file,
        'debate-weekday-mismatch',
        `the weekday in "${date.text}" does not match ${date.date ?? 'the date'}`,
        position,
      );
    return { name: found.name, date: date?.date ?? null, text: found.text, position };
  }
  return null;
}

/**
 * The date of a later mention of the same debate ("Commissiedebat Water" … "Op 7 juni vindt het Commissiedebat
 * Water plaats"); for the debate a title names, else the first dated one the text announces ("Begrotingsbehandeling
 * OCW" … "Op 15 november behandelt uw Kamer de begroting"): the letter is written for the debate of its title.
 */
function laterDate(
  debate: Found,
  sources: DebateSource[],
  context: DateContext,
  title: boolean,
): FoundDate | null {
  const same = (name: string) => name.toLowerCase() === debate.name.toLowerCase();
  const dated = sources
    .map((source) => debateIn(source.text, context, false))
    .filter((found) => !!found?.date?.date);
  return (dated.find((found) => same(found!.name)) ?? (title ? dated[0] : undefined))?.date ?? null;
}

/** The upcoming date of the sentence right after the debate's, when it points back at it ("Dat overleg is gepland op
 * 24 april."). */
function backDated(next: DebateSource | undefined, { ref }: DateContext): FoundDate | null {
  if (!next || !load().pointsBack(next.text)) return null;
  return findDates(next.text, ref).find((d) => d.date && (!ref || d.date >= iso(ref))) ?? null;
}

interface DateContext {
  ref: DayRef | undefined;
  /** whether relative days ("vandaag") can be dated from `ref` */
  relative: boolean;
}

interface Found {
  name: string;
  date: FoundDate | null;
  text: string;
  start: number;
  end: number;
}

/** Whether the text holds a debate word or verb at all: most paragraphs do not, and need no sentences or dates. */
function namesDebate(text: string): boolean {
  const { typeRe, verbRe, mayHoldVerb } = load();
  typeRe.lastIndex = 0;
  const found = typeRe.test(text) || (mayHoldVerb(text) && verbRe.test(text));
  typeRe.lastIndex = 0;
  return found;
}

function debateIn(sentence: string, { ref, relative }: DateContext, title: boolean): Found | null {
  const lex = load();
  if (!namesDebate(sentence)) return null;
  const dates = [
    ...findDates(sentence, ref),
    ...(relative && ref ? findRelativeDays(sentence, ref) : []),
  ].sort((a, b) => a.start - b.start);
  const upcoming = (d: FoundDate) => title || !ref || !d.date || d.date >= iso(ref);
  lex.typeRe.lastIndex = 0;
  for (let m = lex.typeRe.exec(sentence); m; m = lex.typeRe.exec(sentence)) {
    const alias = m[1] as string;
    if (lex.capitals.has(alias.toUpperCase()) && alias !== alias.toUpperCase()) continue;
    const type = lex.canonical.get(alias.toLowerCase()) ?? 'debat';
    const after = m.index + m[0].length;
    const named = readName(sentence.slice(after), lex);
    const name = named.name || readOver(sentence.slice(after));
    const date = dates.find((d) => d.start >= m!.index) ?? dates.find((d) => d.end <= m!.index) ?? null;
    if ((date && !upcoming(date)) || (!name && !date)) continue;
    const end = Math.max(after + named.end, date?.end ?? 0);
    return {
      name: [type, name].filter(Boolean).join(' '),
      date,
      text: sentence.slice(m.index, end).trim(),
      start: m.index,
      end,
    };
  }
  const verb = lex.verbRe.exec(sentence);
  if (!verb) return null;
  const date = dates.find(upcoming) ?? null;
  const topic = readOver(sentence.slice(verb.index));
  if (!date && !topic) return null;
  const start = Math.min(verb.index, date?.start ?? verb.index);
  return {
    name: topic ? `debat ${topic}` : 'debat',
    date,
    text: sentence.slice(start).replace(/[.!?]\s*$/, ''),
    start,
    end: sentence.length,
  };
}

const iso = (d: DayRef): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Capitalised words (and "en" between them) right after the debate type; a first word may be lower case. */
function readName(rest: string, { stops, subjectStarts }: Lexicon): { name: string; end: number } {
  const words: { w: string; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(rest); m && words.length < 8; m = re.exec(rest)) {
    const raw = m[0];
    const w = raw.replace(/(?<![.,;:!?)])[.,;:!?)]+$/, ''); // (?<!…) keeps a long run of dots linear
    const capital = upperAt(w, 0) > 0;
    if (!w || /\d/.test(w)) break;
    if (!words.length && !capital && stops.has(w.toLowerCase())) break; // "debat van 23 december"
    if (!words.length && !capital && isFiniteVerb(w)) break; // "in het debat wilt inbrengen"
    // a verb, before its subject: "tijdens het commissiedebat benoemde een meerderheid …"
    const next = /^\s*(\S+)/u.exec(rest.slice(m.index + raw.length))?.[1]?.toLowerCase();
    if (!words.length && !capital && w === raw && next && subjectStarts.has(next)) break;
    if (words.length && !capital && w !== 'en') break; // "het wetgevingsoverleg Water gepland"
    words.push({ w, end: m.index + w.length });
    if (w !== raw || (words.length === 1 && !capital)) break; // punctuation, or "commissiedebat wonen"
  }
  while (words.length && words[words.length - 1]!.w === 'en') words.pop();
  return { name: words.map((x) => x.w).join(' '), end: words.length ? words[words.length - 1]!.end : 0 };
}

/** A topic has at most this many words; a longer one is cut at a word. */
const MAX_TOPIC_WORDS = 12;

/**
 * "… over de aanpak van mensenhandel. …" → "over de aanpak van mensenhandel": the words after "over" up to
 * punctuation or the start of a clause ("… en het prostitutiebeleid roept de VNG op" ends before "roept").
 */
function readOver(rest: string): string {
  const over = /(?<![\p{L}])over\s+/iu.exec(rest);
  if (!over) return '';
  const { topicEndRe, subjectStarts, linkers } = load();
  const words: string[] = [];
  const re = /[^\s.,;:!?()[\]"“”]+|[.,;:!?()[\]"“”]/gu;
  re.lastIndex = over.index + over[0].length;
  const tokens: { w: string; at: number }[] = [];
  for (let m = re.exec(rest); m && tokens.length <= MAX_TOPIC_WORDS; m = re.exec(rest))
    tokens.push({ w: m[0], at: m.index });
  for (const [k, { w, at }] of tokens.entries()) {
    if (/^[.,;:!?()[\]"“”]$/u.test(w) || words.length === MAX_TOPIC_WORDS || topicEndRe.test(rest.slice(at)))
      break;
    const next = tokens[k + 1]?.w.toLowerCase();
    const lower = w.toLowerCase();
    // a verb: a word that links nothing, before the start of a subject
    if (words.length && !linkers.has(lower) && lowerAt(w, 0) > 0 && next && subjectStarts.has(next)) break;
    words.push(w);
  }
  while (words.length && linkers.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.length ? `over ${words.join(' ')}` : '';
}
