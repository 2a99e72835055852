/**
 * The header of a reader's comment on a web page: who wrote it, a separator, and when ("Jan Smit - 3 maart 2021
 * om 10:12", "Anna | 12-04-2019", "Piet de Vries schreef op 3 maart 2021:").
 */
import { readDateLine } from '../text/read-date-line.js';
import { isNames } from './page-blocks.js';

/** A commenter's name is a few words ("Dirk-Jan van der Veldkamp"); a longer run of names is a title. */
const MAX_NAME_WORDS = 5;
/** The name, then a dash, bar or dot, or "(schreef) op", then the rest. */
const HEADER = /^(\S.{0,60}?)\s{1,3}(?:[-–—|·•]|(?:schreef|reageerde) op|op)\s{1,3}(\S.{0,80})$/u;

export function isCommentHeader(line: string): boolean {
  const m = HEADER.exec(line.trim());
  if (!m) return false;
  const name = m[1] as string;
  const when = (m[2] as string).replace(/:$/u, '');
  return name.split(' ').length <= MAX_NAME_WORDS && isNames(name) && readDateLine(when)?.label === null;
}
