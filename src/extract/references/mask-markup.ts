/**
 * Blanks Markdown syntax that sits between words ("**", link brackets and targets) with spaces of the same
 * length, so the finders see plain words while every offset still points into the original string.
 */

const LINK = /\[([^\]\n]{1,300})\]\([^)\s]{0,500}\)/g;
const EMPHASIS = /\*{1,3}|_{2,3}/g;

const blank = (s: string): string => ' '.repeat(s.length);

export function maskMarkup(text: string): string {
  return text
    .replace(LINK, (whole: string, label: string) => ` ${label}${blank(whole.slice(label.length + 1))}`)
    .replace(EMPHASIS, blank);
}
