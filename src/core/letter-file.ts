/**
 * One letter on its way through the stages, in the spirit of vfile: its text in three views at the same
 * offsets, the line index built once, the metadata lines and set-aside lines found on the way, and one channel
 * for diagnostics. Every pass takes the file (and the tree or the themes) and writes to it.
 */
import { indexLines, positionOf, type LineIndex } from '../model/position.js';
import type { Diagnostic, Discarded, MetaField, Position, Repair } from '../model/schema.js';
import { diagnostic, type RuleId } from './rules.js';

export interface Range {
  start: number;
  end: number;
}

export interface LetterFile {
  /** the path given, "-" for stdin */
  readonly path: string;
  /** the text as read (decoded, repaired, normalised): every offset in the model points into it */
  readonly source: string;
  /** how the bytes were decoded, and what was repaired on the way */
  readonly encoding: string;
  readonly repairs: Repair[];
  /** the source with set-aside lines (web boilerplate, page furniture) blanked: what the parse stage reads */
  text: string;
  /** the text with markup blanked as well: what a reader sees; set once, when the tree is built */
  visible: string;
  readonly lines: LineIndex;
  /** lines set aside, with their reasons */
  readonly discarded: Discarded[];
  /** letterhead label/value lines and the headline, taken out of the tree */
  readonly fields: MetaField[];
  readonly messages: Diagnostic[];
}

export function createLetterFile(
  path: string,
  source: string,
  read: { encoding: string; repairs?: Repair[] } = { encoding: 'utf-8' },
): LetterFile {
  return {
    path,
    source,
    encoding: read.encoding,
    repairs: read.repairs ?? [],
    text: source,
    visible: source,
    lines: indexLines(source),
    discarded: [],
    fields: [],
    messages: [],
  };
}

/** The line/column position of [start, end) in the file. */
export const positionIn = (file: LetterFile, start: number, end: number): Position =>
  positionOf(file.lines, start, end);

/** Records a diagnostic of a registered rule at a range or position (null: the whole file). */
export function message(
  file: LetterFile,
  ruleId: RuleId,
  reason: string,
  place: Range | Position | null = null,
): void {
  const position =
    place === null
      ? null
      : typeof place.start === 'number'
        ? positionIn(file, place.start, (place as Range).end)
        : (place as Position);
  file.messages.push(diagnostic(ruleId, reason, position));
}
