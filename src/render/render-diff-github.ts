/**
 * The diff as GitHub workflow commands: an annotation on the new letter's lines for each changed ask (warning),
 * dropped ask (warning) and new ask (notice); an item whose status fails the run (`--fail-on`, `--exit-code`)
 * is an error instead, themes and figures included, so every failure is shown where it is. A dropped item has
 * no line in the new letter: it goes on the heading of the theme its old theme was paired with, or on line 1
 * when that theme is gone too. GitHub shows at most 10 annotations of each kind in a step: beyond that, the
 * tenth says how many more there are, and `overflowSummary` lists them for the step summary.
 */
import type { DiffStatus, LetterDiff } from '../model/diff-schema.js';
import { placeOf, sanitizeDiff } from './describe-diff-items.js';
import { fillLabel } from './fill-label.js';
import { escapeMd } from './render-diff-md.js';
import { loadLabels, type Labels } from './load-labels.js';
import { phraseAskChanges, phraseChange, swappedDates } from './phrase-diff-notes.js';
import { summaryLine } from './phrase-diff-summary.js';
import type { DiffReportOptions } from './render-diff-text.js';

export interface GithubOptions extends DiffReportOptions {
  /** the statuses that fail the run: their items are errors */
  failOn?: readonly DiffStatus[];
}

type Level = 'error' | 'warning' | 'notice';

interface Annotation {
  level: Level;
  /** the line in the new letter, and where the item is as a report says it ("regel 23 (oud)") */
  line: number;
  endLine?: number;
  place: string;
  title: string;
  message: string;
}

/** GitHub's limit of annotations of one kind in a step. */
export const ANNOTATION_LIMIT = 10;

/** Escaping per GitHub's toolkit: data escapes %, CR and LF; property values also ":" and ",". */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(level: Level, props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

/** The line in the new letter an item of an old theme is reported on (looked up by theme id, not searched). */
function dropLines(diff: LetterDiff): (oldThemeId: string | undefined) => number {
  const lines = new Map<string, number>();
  for (const t of diff.themes)
    if (t.old && t.new && !lines.has(t.old.id)) lines.set(t.old.id, t.new.position.start.line);
  return (id) => (id === undefined ? undefined : lines.get(id)) ?? 1;
}

/** Every annotation of the diff, in the order asks, themes, figures. */
function annotations(diff: LetterDiff, labels: Labels, failOn: readonly DiffStatus[]): Annotation[] {
  const words = labels.report.annotation;
  const dropLine = dropLines(diff);
  const level = (status: DiffStatus, otherwise: Level | null): Level | null =>
    failOn.includes(status) ? 'error' : otherwise;
  const out: Annotation[] = [];
  const add = (lvl: Level | null, a: Omit<Annotation, 'level'>) => {
    if (lvl) out.push({ level: lvl, ...a });
  };
  for (const ask of diff.asks) {
    const place = placeOf(ask, labels);
    if (ask.status === 'changed' && ask.old && ask.new) {
      const { start, end } = ask.new.position;
      const how = phraseAskChanges(ask, labels);
      add(level('changed', 'warning'), {
        line: start.line,
        endLine: end.line,
        place,
        title: words['ask-changed'],
        message: [
          ...(ask.old.text === ask.new.text
            ? [ask.new.text]
            : [`${labels.report.was}: ${ask.old.text}`, `${labels.report.now}: ${ask.new.text}`]),
          ...how,
        ].join('\n'),
      });
    } else if (ask.status === 'dropped' && ask.old) {
      const where = `${diff.old.path}:${ask.old.position.start.line}`;
      add(level('dropped', 'warning'), {
        line: dropLine(ask.old.themeId),
        place,
        title: words['ask-dropped'],
        message: `${ask.old.text}\n${fillLabel(words.wasAt, { place: where })}`,
      });
    } else if (ask.status === 'new' && ask.new) {
      const { start, end } = ask.new.position;
      add(level('new', 'notice'), {
        line: start.line,
        endLine: end.line,
        place,
        title: words['ask-new'],
        message: ask.new.text,
      });
    }
  }
  for (const t of diff.themes) {
    if (t.status === 'kept') continue;
    const title = (t.new ?? t.old)?.title ?? labels.diff.opening;
    add(level(t.status, null), {
      line: t.new ? t.new.position.start.line : dropLine(t.old?.id),
      place: placeOf(t, labels),
      title: words[`theme-${t.status}`],
      message: [title, ...t.changes.map((c) => phraseChange(c, t, labels))].join('\n'),
    });
  }
  for (const f of diff.figures) {
    if (f.status === 'kept') continue;
    add(level(f.status, null), {
      line: f.new ? f.new.position.start.line : dropLine(f.themeId),
      place: placeOf(f, labels),
      title: words[`figure-${f.status}`],
      message: f.old && f.new ? `${f.old.text} → ${f.new.text}` : ((f.new ?? f.old)?.text ?? ''),
    });
  }
  return out;
}

/** The annotations GitHub will show, and those over its limit, per kind. */
function split(all: readonly Annotation[]): { shown: Annotation[]; over: Map<Level, Annotation[]> } {
  const shown: Annotation[] = [];
  const over = new Map<Level, Annotation[]>();
  for (const lvl of ['error', 'warning', 'notice'] as const) {
    const mine = all.filter((a) => a.level === lvl);
    const room = mine.length > ANNOTATION_LIMIT ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT;
    shown.push(...mine.slice(0, room));
    if (mine.length > room) over.set(lvl, mine.slice(room));
  }
  return { shown, over };
}

const clip = (s: string, n = 120) => {
  const line = s.replace(/\s+/gu, ' ').trim();
  return line.length > n ? `${line.slice(0, n - 1).trimEnd()}…` : line;
};

export function renderDiffGithub(input: LetterDiff, options: GithubOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const diff = sanitizeDiff(input);
  const labels = loadLabels(lang);
  const file = diff.new.path;
  const out: string[] = [];
  const swapped = swappedDates(diff, labels);
  if (swapped) out.push(command('warning', {}, swapped));
  const all = annotations(diff, labels, options.failOn ?? []);
  const { shown, over } = split(all);
  const showing = new Set(shown);
  // in the order of the items, whatever their kind
  for (const a of all.filter((x) => showing.has(x)))
    out.push(
      command(
        a.level,
        { file, line: a.line, ...(a.endLine ? { endLine: a.endLine } : {}), title: a.title },
        a.message,
      ),
    );
  for (const [lvl, rest] of over)
    out.push(
      command(
        lvl,
        { title: fillLabel(labels.report.annotation.more, { count: String(rest.length) }) },
        [
          labels.report.annotation.moreMessage,
          ...rest.map((a) => `${a.place}: ${a.title}: ${clip(a.message)}`),
        ].join('\n'),
      ),
    );
  out.push(summaryLine(diff, lang));
  return `${out.join('\n')}\n`;
}

/**
 * The annotations GitHub would not show, as Markdown for the step summary ($GITHUB_STEP_SUMMARY); null when
 * every one is shown.
 */
export function overflowSummary(input: LetterDiff, options: GithubOptions = {}): string | null {
  const labels = loadLabels(options.lang ?? 'nl');
  const diff = sanitizeDiff(input);
  const rest = [...split(annotations(diff, labels, options.failOn ?? [])).over.values()].flat();
  if (!rest.length) return null;
  const heading = fillLabel(labels.report.annotation.summary, { count: String(rest.length) });
  const items = rest.map(
    (a) => `- **${escapeMd(a.title)}** · ${escapeMd(a.place)}: ${escapeMd(clip(a.message, 300))}`,
  );
  return `### ${escapeMd(heading)}\n\n${items.join('\n')}\n`;
}
