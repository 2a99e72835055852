/** The brief-overflow warning: one diagnostic line when a brief may not fit its A4 page, else null. */
import type { ChalkInstance } from 'chalk';
import type { BriefData } from '../render/brief-data.js';
import { formatDiagnostic } from './report-diagnostics.js';

export function overflowLine(path: string, data: BriefData, colors: ChalkInstance): string | null {
  if (data.budget.fits) return null;
  const message = `the brief may not fit one A4 page (estimated ${data.budget.lines} of ${data.budget.limit} lines after shortening the context); all ${data.asks.length} asks are kept`;
  const d = { ruleId: 'brief-overflow', severity: 'warning' as const, message, position: null };
  return formatDiagnostic(path, d, colors);
}
