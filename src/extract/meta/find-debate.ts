/**
 * The debate a letter is written for: "CD Mensenhandel en Prostitutie 11 sept" in the subject, "het debat
 * Mensenhandel en Prostitutie met …, donderdag 24 februari" in a news item, "Op woensdag 11 september
 * debatteert u over …" in the opening. The year comes from the letter's date; past debates are skipped.
 */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/debates.yaml';
import { message, positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Debate } from '../../model/schema.js';
import { findDates, type FoundDate } from '../../text/find-dates.js';
import { escapeRegex } from '../references/reference-patterns.js';
import { L } from '../../text/letter-classes.js';

const DebateWords = z.object({
  types: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  verbs: z.array(z.string()),
  nameStops: z.array(z.string()),
});

interface Lexicon {
  typeRe: RegExp;
  canonical: Map<string, string>;
  /** aliases that count only in capitals ("CD", not "cd") */
  capitals: Set<string>;
  verbRe: RegExp;
  stops: Set<string>;
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
    verbRe: new RegExp(
      `(?<![${L}])(?:${data.verbs.map((v) => escapeRegex(v).replace(/ /g, '\\s+(?:\\S+\\s+){0,3}?')).join('|')})(?![${L}])`,
      'iu',
    ),
    stops: new Set(data.nameStops),
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

/** The first upcoming debate named in the sources (searched in order), with a warning on a weekday clash. */
export function findDebate(
  sources: DebateSource[],
  letterDate: DayRef | undefined,
  file: LetterFile,
): Debate | null {
  for (const source of sources) {
    const found = debateIn(source.text, letterDate, !!source.title);
    if (!found) continue;
    const position = positionIn(file, source.offset + found.start, source.offset + found.end);
    if (found.date?.weekdayMismatch)
      message(
        file,
        'debate-weekday-mismatch',
        `the weekday in "${found.date.text}" does not match ${found.date.date ?? 'the date'}`,
        position,
      );
    return { name: found.name, date: found.date?.date ?? null, text: found.text, position };
  }
  return null;
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
  const { typeRe, verbRe } = load();
  typeRe.lastIndex = 0;
  const found = typeRe.test(text) || verbRe.test(text);
  typeRe.lastIndex = 0;
  return found;
}

function debateIn(sentence: string, ref: DayRef | undefined, title: boolean): Found | null {
  const lex = load();
  if (!namesDebate(sentence)) return null;
  const dates = findDates(sentence, ref);
  const upcoming = (d: FoundDate) => title || !ref || !d.date || d.date >= iso(ref);
  lex.typeRe.lastIndex = 0;
  for (let m = lex.typeRe.exec(sentence); m; m = lex.typeRe.exec(sentence)) {
    const alias = m[1] as string;
    if (lex.capitals.has(alias.toUpperCase()) && alias !== alias.toUpperCase()) continue;
    const type = lex.canonical.get(alias.toLowerCase()) ?? 'debat';
    const after = m.index + m[0].length;
    const named = readName(sentence.slice(after), lex.stops);
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
function readName(rest: string, stops: Set<string>): { name: string; end: number } {
  const words: { w: string; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(rest); m && words.length < 8; m = re.exec(rest)) {
    const raw = m[0];
    const w = raw.replace(/(?<![.,;:!?)])[.,;:!?)]+$/, ''); // (?<!…) keeps a long run of dots linear
    const capital = /^\p{Lu}/u.test(w);
    if (!w || /\d/.test(w)) break;
    if (!words.length && !capital && stops.has(w.toLowerCase())) break; // "debat van 23 december"
    if (words.length && !capital && w !== 'en') break; // "het wetgevingsoverleg Water gepland"
    words.push({ w, end: m.index + w.length });
    if (w !== raw || (words.length === 1 && !capital)) break; // punctuation, or "commissiedebat wonen"
  }
  while (words.length && words[words.length - 1]!.w === 'en') words.pop();
  return { name: words.map((x) => x.w).join(' '), end: words.length ? words[words.length - 1]!.end : 0 };
}

/** "… over de aanpak van mensenhandel." → "over de aanpak van mensenhandel". */
function readOver(rest: string): string {
  const m = /\bover\s+([^.,;:!?()]{2,80})/u.exec(rest);
  return m ? `over ${(m[1] as string).trim()}` : '';
}
