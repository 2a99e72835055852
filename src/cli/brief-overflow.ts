/** The brief-overflow diagnostic of a brief that may not fit its A4 page: one diagnostic, or none. */
import { diagnostic } from '../core/rules.js';
import type { Diagnostic } from '../model/schema.js';
import type { BriefData } from '../render/brief-data.js';

export function overflowDiagnostics(data: BriefData): Diagnostic[] {
  if (data.budget.fits) return [];
  const message = `the brief may not fit one A4 page (estimated ${data.budget.lines} of ${data.budget.limit} lines after shortening the context); all ${data.asks.length} asks are kept`;
  return [diagnostic('brief-overflow', message, null)];
}
