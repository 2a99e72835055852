/** Looks up the last one to three words before a position in a phrase list (no regex scan needed). */

export interface PhraseMatch {
  /** the phrase as listed (lower case, single spaces) */
  phrase: string;
  /** offset of its first character in the string searched */
  index: number;
}

export interface PhraseMatcher {
  /** The longest listed phrase ending the string (trailing spaces allowed), or null. */
  match(head: string): PhraseMatch | null;
}

const OPENERS = '(["\'‘“';
const isSpace = (c: string): boolean =>
  c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00a0' || c === '\u202f';

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const set = new Set(
    phrases.map((p) => p.toLowerCase().trim().replace(/\s+/g, ' ')).filter((p) => p !== ''),
  );
  const maxWords = Math.max(1, ...[...set].map((p) => p.split(' ').length));
  return {
    match(head: string): PhraseMatch | null {
      let i = head.length;
      for (let n = 0; n < 3 && i > 0 && isSpace(head.charAt(i - 1)); n++) i--;
      // Words backwards: starts[k] is where the phrase of the last k+1 words begins.
      const words: string[] = [];
      const starts: number[] = [];
      let end = i;
      while (words.length < maxWords && end > 0) {
        let s = end;
        while (s > 0 && !isSpace(head.charAt(s - 1)) && end - s < 30) s--;
        while (s < end && OPENERS.includes(head.charAt(s))) s++; // "(circa"
        if (s === end) break;
        words.unshift(head.slice(s, end).toLowerCase());
        starts.push(s);
        let gap = s;
        for (let n = 0; n < 3 && gap > 0 && isSpace(head.charAt(gap - 1)); n++) gap--;
        if (gap === s) break;
        end = gap;
      }
      for (let k = words.length; k >= 1; k--) {
        const phrase = words.slice(words.length - k).join(' ');
        if (set.has(phrase)) return { phrase, index: starts[k - 1] as number };
      }
      return null;
    },
  };
}
