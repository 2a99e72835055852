/** The lines of a text as the boilerplate rules see them, and whether a line stands apart from running prose. */
import { MARKDOWN_LINK } from '../text/markdown-link.js';
import { lowerAt } from '../text/letter-or-digit.js';

export interface Line {
  /** the line's content without surrounding whitespace: [start, end) in the text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** what patterns are matched against: Markdown heading marks and emphasis removed, links read as their text */
  readonly key: string;
  readonly blank: boolean;
  /** 1-based rank among the non-blank lines; 0 for blank lines */
  readonly rank: number;
}

const SPACE = /\s/u;
const HEADING_MARK = /^#{1,6}[ \t]+/;
/**
 * A section's number before a page's furniture heading ("## 3. Meer lezen", "5.2 Meer informatie"); a count
 * without its full stop is part of the line ("3 reacties").
 */
const SECTION_NUMBER = /^\d{1,2}(?:(?:\.\d{1,2}){1,3}\.?|\.)[ \t]+(?=\p{L})/u;
const LINKS_SIDE_BY_SIDE = /\)[ \t]{1,8}\[/g;
const EMPHASIS = ['**', '__', '*', '_'];
const ENDS_SENTENCE = /[.!?][)"'’”»]{0,3}$/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let rank = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && SPACE.test(text[start] as string)) start++;
    while (end > start && SPACE.test(text[end - 1] as string)) end--;
    const content = text.slice(start, end);
    const blank = content.length === 0;
    lines.push({
      start,
      end,
      text: content,
      key: blank ? '' : matchKey(content),
      blank,
      rank: blank ? 0 : ++rank,
    });
    lineStart = lineEnd + 1;
  }
  return lines;
}

function matchKey(line: string): string {
  let key = line.replace(HEADING_MARK, '').replace(SECTION_NUMBER, '');
  for (const mark of EMPHASIS) {
    if (key.length > 2 * mark.length && key.startsWith(mark) && key.endsWith(mark)) {
      key = key.slice(mark.length, -mark.length);
      break;
    }
  }
  // a trail or menu of links reads as its words ("Home / Over ons / Wat wij willen"); links side by side are
  // items of a menu ("[Home](…) [Nieuws](…)" → "Home | Nieuws")
  return key.replace(LINKS_SIDE_BY_SIDE, ') | [').replace(MARKDOWN_LINK, '$1').trim();
}

/** Neighbourhood questions about lines; lines already set aside count as blank. */
export class LineContext {
  constructor(
    private readonly lines: readonly Line[],
    private readonly setAside: { has(index: number): boolean },
  ) {}

  private gap(i: number): boolean {
    const line = this.lines[i];
    return !line || line.blank || this.setAside.has(i);
  }

  /** The line before runs on into this one: it is text that does not end a sentence. */
  prevFlows(i: number): boolean {
    return !this.gap(i - 1) && !ENDS_SENTENCE.test((this.lines[i - 1] as Line).text);
  }

  /** This line runs on into the next one: the next starts in lower case. */
  nextFlows(i: number): boolean {
    return !this.gap(i + 1) && lowerAt((this.lines[i + 1] as Line).text, 0) > 0;
  }

  /** Not part of running prose on either side. */
  alone(i: number): boolean {
    return !this.prevFlows(i) && !this.nextFlows(i);
  }

  betweenBlankLines(i: number): boolean {
    return this.gap(i - 1) && this.gap(i + 1);
  }
}
