/**
 * The diff as GitHub workflow commands: an annotation on the new letter's lines for each changed ask
 * (warning), dropped ask (warning) and new ask (notice). A dropped ask has no line in the new letter: it goes
 * on the heading of the theme its old theme was paired with, or on line 1 when that theme is gone too.
 */
import type { AskDiff, LetterDiff } from '../model/diff-schema.js';
import { summaryLine } from '../diff/count-changes.js';
import { sanitizeDiff } from './render-diff-text.js';

/** Escaping per GitHub's toolkit: data escapes %, CR and LF; property values also ":" and ",". */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(
  kind: 'warning' | 'notice',
  props: Record<string, string | number>,
  message: string,
): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind} ${list}::${escapeData(message)}`;
}

/** The line in the new letter a dropped ask is reported on, by its old theme's id (looked up, not searched). */
function dropLines(diff: LetterDiff): (ask: AskDiff) => number {
  const lines = new Map<string, number>();
  for (const t of diff.themes)
    if (t.old && t.new && !lines.has(t.old.id)) lines.set(t.old.id, t.new.position.start.line);
  return (ask) => (ask.old ? lines.get(ask.old.themeId) : undefined) ?? 1;
}

export function renderDiffGithub(input: LetterDiff): string {
  const diff = sanitizeDiff(input);
  const file = diff.new.path;
  const out: string[] = [];
  const dropLine = dropLines(diff);
  for (const ask of diff.asks) {
    if (ask.status === 'changed' && ask.old && ask.new) {
      const { start, end } = ask.new.position;
      out.push(
        command(
          'warning',
          { file, line: start.line, endLine: end.line, title: 'Ask changed' },
          `Was: ${ask.old.text}\nNow: ${ask.new.text}`,
        ),
      );
    } else if (ask.status === 'dropped' && ask.old) {
      const where = `${diff.old.path}:${ask.old.position.start.line}`;
      out.push(
        command(
          'warning',
          { file, line: dropLine(ask), title: 'Ask dropped' },
          `${ask.old.text}\n(was at ${where})`,
        ),
      );
    } else if (ask.status === 'new' && ask.new) {
      const { start, end } = ask.new.position;
      out.push(
        command('notice', { file, line: start.line, endLine: end.line, title: 'New ask' }, ask.new.text),
      );
    }
  }
  out.push(summaryLine(diff));
  return `${out.join('\n')}\n`;
}
