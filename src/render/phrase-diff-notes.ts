/**
 * The diff model's codes in words: a theme's changes and the evidence of a pair, worded by the labels of one
 * language (src/data/labels.<lang>.yaml, `diff`). Titles and asks are quoted, asks cut to 60 characters, as
 * these notes are read at a glance.
 */
import type { Evidence, ThemeChange, ThemeDiff, ThemeSide } from '../model/diff-schema.js';
import { fillLabel } from './fill-label.js';
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
      return fillLabel(words[`closest-${evidence.side}-${kind}`], { text, score: evidence.score.toFixed(2) });
    }
    case 'restates':
      return fillLabel(words[`restates-${evidence.side}`], { text: short(evidence.text) });
  }
}

/** The evidence of a theme or ask on one line, pieces separated by "; ". */
export const evidenceLine = (evidence: readonly Evidence[], kind: 'theme' | 'ask', labels: Labels): string =>
  evidence.map((e) => phraseEvidence(e, kind, labels)).join('; ');
