/**
 * The text of a document that is not itself text (a PDF, a Word .docx, a web page), extracted before the letter
 * is read, and how it was made: a builder that joins blocks of lines and remembers which lines are page
 * furniture (set aside with their reasons, like boilerplate) and what had no text to keep (a script, an image).
 */
import type { Origin } from '../model/schema.js';

/** A note on a line of the extracted text (0-based), with the rule and reason recorded in `source.discarded`. */
export interface LineNote {
  line: number;
  rule: string;
  reason: string;
}

export interface ExtractedText {
  origin: Origin;
  /** how the pipeline reads the text: Markdown (Word, web pages) or plain text (PDF) */
  format: 'markdown' | 'text';
  /** lines joined with "\n"; every position in the model points into it */
  text: string;
  /** the size of the document itself */
  bytes: number;
  /** how the document's bytes were decoded (web pages), else the text layer's own "utf-8" */
  encoding: string;
  /** lines of page furniture (menus, cookie bars, footers), set aside with their reasons */
  furniture: LineNote[];
  /** parts without text (scripts, style sheets, images), noted at the line where they stood */
  omitted: LineNote[];
  /** for a PDF: the 1-based line each page starts on */
  pages: number[] | null;
}

/** Line ends the reader would normalise to "\n": made "\n" here, so that line numbers survive reading. */
const LINE_END = /\r\n?|[\f\v\u0085\u2028\u2029]/gu;

export interface TextBuilder {
  /** adds a block of lines, after a blank line; with a reason, its lines are furniture */
  block(text: string, furniture?: { rule: string; reason: string }): void;
  /** the 0-based line the next block starts on */
  nextLine(): number;
  finish(): Pick<ExtractedText, 'text' | 'furniture'>;
}

export function textBuilder(): TextBuilder {
  const lines: string[] = [];
  const furniture: LineNote[] = [];
  const nextLine = () => (lines.length === 0 ? 0 : lines.length + 1);
  return {
    block(text, note) {
      const own = text.replace(LINE_END, '\n').split('\n');
      if (own.every((l) => l.trim() === '')) return;
      if (lines.length > 0) lines.push('');
      if (note) own.forEach((l, i) => l.trim() && furniture.push({ line: lines.length + i, ...note }));
      lines.push(...own);
    },
    nextLine,
    finish: () => ({ text: lines.join('\n'), furniture }),
  };
}
