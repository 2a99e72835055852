/** The brief-overflow diagnostic of a brief that does not fit its A4 page, or that left asks out to fit: one, or none. */
import { diagnostic } from '../core/rules.js';
import type { Diagnostic } from '../model/schema.js';
import type { BriefData } from '../render/brief-data.js';

export function overflowDiagnostics(data: BriefData): Diagnostic[] {
  const how = data.budget.method === 'measure' ? 'measured' : 'estimated';
  const used = `${Math.round(data.budget.used * 100)}% of the page, ${how}`;
  if (!data.budget.fits)
    return [
      diagnostic('brief-overflow', `the brief does not fit one A4 page even at its shortest (${used})`, null),
    ];
  if (data.asksMore)
    return [
      diagnostic(
        'brief-overflow',
        `to fit one A4 page the brief lists ${data.asks.length} of the letter's asks and says how many more there are (${used})`,
        null,
      ),
    ];
  return [];
}
