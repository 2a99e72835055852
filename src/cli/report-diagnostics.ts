/** Prints diagnostics as `file:line:column: severity: message [rule]`, sorted by position. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/schema.js';

export function formatDiagnostic(path: string, d: Diagnostic, c: ChalkInstance): string {
  const where = d.position ? `${path}:${d.position.start.line}:${d.position.start.column}` : path;
  const sev =
    d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  return `${where}: ${sev}: ${d.message} ${c.dim(`[${d.ruleId}]`)}`;
}

export function reportDiagnostics(
  path: string,
  diagnostics: Diagnostic[],
  stderr: { write(s: string): unknown },
  c: ChalkInstance,
): void {
  for (const d of diagnostics) if (d.severity !== 'info') stderr.write(`${formatDiagnostic(path, d, c)}\n`);
}
