/**
 * The one printer of diagnostics, for every command and every letter: `file:line:column: severity: message [rule]`
 * on stderr (or above a batch's progress bar), in the order the model keeps them (by position). Warnings and
 * errors are printed; an info stays in the model (`--json`) and the summary's count. `--quiet` silences them all.
 */
import type { ChalkInstance } from 'chalk';
import { escapeControls, stripControls } from '../render/escape-output.js';
import type { Diagnostic } from '../model/schema.js';
import { colorsFor } from './colors.js';
import type { Io } from './io.js';

/** Where a command's diagnostics go. */
export interface DiagnosticsOut {
  /** prints one line, given without its newline */
  write(line: string): void;
  colors: ChalkInstance;
  quiet: boolean;
}

/** Diagnostics to the command's stderr, or through `write` (a batch's log, which keeps its progress bar whole). */
export function diagnosticsOut(
  io: Io,
  quiet: boolean | undefined,
  write?: (line: string) => void,
): DiagnosticsOut {
  return {
    write: write ?? ((line) => void io.stderr.write(`${line}\n`)),
    colors: colorsFor(io.stderr, io.env),
    quiet: quiet === true,
  };
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** One line: control characters in the file name are shown as escapes, those in the message (letter text) dropped. */
export function formatDiagnostic(path: string, d: Diagnostic, c: ChalkInstance): string {
  const where = d.position ? `${path}:${d.position.start.line}:${d.position.start.column}` : path;
  const line = { oneLine: true };
  return `${escapeControls(where)}: ${c[SEVERITY_COLOR[d.severity]](d.severity)}: ${stripControls(d.message, line)} ${c.dim(`[${stripControls(d.ruleId, line)}]`)}`;
}

export function reportDiagnostics(
  path: string,
  diagnostics: readonly Diagnostic[],
  out: DiagnosticsOut,
): void {
  if (out.quiet) return;
  for (const d of diagnostics) if (d.severity !== 'info') out.write(formatDiagnostic(path, d, out.colors));
}
