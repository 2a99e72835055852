/**
 * The diff model's codes in words: a theme's changes, how a paired ask is asked differently, and the evidence
 * of a pair, worded by the labels of one language (src/data/labels.<lang>.yaml, `diff` and `report`). Titles
 * and asks are quoted, asks cut to 60 characters, as these notes are read at a glance. Scores are not worded:
 * they are in the JSON for tools.
 */
import type {
  AskDiff,
  Evidence,
  LetterDiff,
  ThemeChange,
  ThemeDiff,
  ThemeSide,
} from '../model/diff-schema.js';
import { FIRMNESS } from '../model/schema.js';
import { fillLabel } from './fill-label.js';
import { formatDate } from './format-date.js';
import type { Labels } from './load-labels.js';

const quote = (s: string) => `“${s}”`;
const short = (s: string, n = 60) => quote(s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** One change of a paired theme: "ask dropped: “Maak afspraken met …”". */
export function phraseChange(change: ThemeChange, theme: ThemeDiff, labels: Labels): string {
  const words = labels.diff;
  const name = (side: ThemeSide | null) => (side?.title ? quote(side.title) : words.opening);
  switch (change.code) {
    case 'title-changed':
      return fillLabel(words[change.code], { old: name(theme.old), new: name(theme.new) });
    case 'ask-new':
    case 'ask-changed':
    case 'ask-dropped':
      return fillLabel(words[change.code], { text: short(change.text) });
    case 'figure-changed':
      return fillLabel(words[change.code], { old: change.old, new: change.new });
    case 'figure-new':
    case 'figure-dropped':
      return fillLabel(words[change.code], { text: change.text });
    case 'citations-changed': {
      const list = [...change.added.map((l) => `+${l}`), ...change.removed.map((l) => `−${l}`)];
      return fillLabel(words[change.code], { list: list.join(', ') });
    }
  }
}

/** One piece of evidence for a pair of themes or asks, or the closest candidate of an unpaired one. */
export function phraseEvidence(evidence: Evidence, kind: 'theme' | 'ask', labels: Labels): string {
  const words = labels.diff;
  switch (evidence.code) {
    case 'same-words':
    case 'same-text':
    case 'same-title-and-text':
    case 'in-paired-themes':
    case 'both-open':
      return words[evidence.code];
    case 'both-cite':
      return fillLabel(words[evidence.code], { list: evidence.cited.join(', ') });
    case 'shared-words':
      return fillLabel(words[evidence.code], { list: evidence.words.join(', ') });
    case 'different-laws':
      return fillLabel(words[evidence.code], { old: evidence.old.join(', '), new: evidence.new.join(', ') });
    case 'same-title':
      return fillLabel(words[evidence.code], { title: quote(evidence.title) });
    case 'similar-titles':
      return fillLabel(words[evidence.code], { old: quote(evidence.old), new: quote(evidence.new) });
    case 'closest': {
      const text =
        kind === 'ask' ? short(evidence.text ?? '') : evidence.text ? quote(evidence.text) : words.opening;
      return fillLabel(words[`closest-${evidence.side}-${kind}`], { text });
    }
    case 'restates':
      return fillLabel(words[`restates-${evidence.side}`], { text: short(evidence.text) });
  }
}

/** The evidence of a theme or ask on one line, pieces separated by "; ". */
export const evidenceLine = (evidence: readonly Evidence[], kind: 'theme' | 'ask', labels: Labels): string =>
  evidence.map((e) => phraseEvidence(e, kind, labels)).join('; ');

/**
 * How a paired ask is asked differently, beside its words: more or less firmly ("asked more firmly: asked →
 * urged"), or of someone else ("asked of the House → of the cabinet").
 */
export function phraseAskChanges(ask: AskDiff, labels: Labels): string[] {
  const { old: was, new: now } = ask;
  if (!was || !now) return [];
  const out: string[] = [];
  const firmer = FIRMNESS.indexOf(now.firmness) - FIRMNESS.indexOf(was.firmness);
  if (firmer !== 0)
    out.push(
      fillLabel(labels.report[firmer > 0 ? 'firmer' : 'softer'], {
        old: labels.firmness[was.firmness],
        new: labels.firmness[now.firmness],
      }),
    );
  if (was.addressee !== null && now.addressee !== null && was.addressee !== now.addressee) {
    const of = (a: string) => labels.askedOf[a as keyof Labels['askedOf']] ?? a;
    out.push(fillLabel(labels.report.addressee, { old: of(was.addressee), new: of(now.addressee) }));
  }
  return out;
}

/** A warning when the "old" letter is dated after the "new" one: the two were probably given the other way round. */
export function swappedDates(diff: LetterDiff, labels: Labels): string | null {
  const { old: was, new: now } = diff;
  if (!was.date || !now.date || was.date <= now.date) return null;
  const date = (iso: string) => formatDate(iso, labels)?.text ?? iso;
  return fillLabel(labels.report.swapped, { old: date(was.date), new: date(now.date) });
}
