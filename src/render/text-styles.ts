/**
 * Colour for the text format. Templates mark styles with filters (`{{ x | bold }}`) that wrap the value in
 * private-use marks; after rendering, the marks become chalk colours, or nothing when colour is off. Letter
 * text cannot carry marks (escape-output strips them), so only the template decides what is coloured.
 */
import type { ChalkInstance } from 'chalk';

export const TEXT_STYLES = ['bold', 'dim', 'italic', 'underline', 'accent', 'heading', 'warn'] as const;
export type TextStyle = (typeof TEXT_STYLES)[number];

const END = '\uE01F';
const OPEN = (i: number): string => String.fromCharCode(0xe010 + i);

/** The Liquid filter body for one style: marks the value, or leaves it alone for other formats. */
export const markStyle =
  (style: TextStyle, on: boolean) =>
  (value: unknown): string => {
    const s = value === null || value === undefined ? '' : String(value);
    return on && s ? `${OPEN(TEXT_STYLES.indexOf(style))}${s}${END}` : s;
  };

function paint(c: ChalkInstance, style: TextStyle, s: string): string {
  switch (style) {
    case 'accent':
      return c.cyan(s);
    case 'heading':
      return c.bold.blue(s);
    case 'warn':
      return c.yellow(s);
    default:
      return c[style](s);
  }
}

const INNERMOST = /([\uE010-\uE016])([^\uE010-\uE01F]*)\uE01F/g;

/** Turns the marks into colours, innermost first (styles may nest). */
export function applyStyles(text: string, c: ChalkInstance): string {
  let out = text;
  for (let round = 0; round < 8 && INNERMOST.test(out); round++) {
    INNERMOST.lastIndex = 0;
    out = out.replace(INNERMOST, (_, mark: string, inner: string) =>
      paint(c, TEXT_STYLES[mark.charCodeAt(0) - 0xe010] ?? 'bold', inner),
    );
  }
  return out.replace(/[\uE000-\uE01F]/g, '');
}
