/** Reads a run of digits, dots and commas the Dutch way: "." groups thousands, "," marks decimals. */

export interface NumberToken {
  /** the characters that belong to the number, e.g. "500.000", "3,5", "2.5" */
  raw: string;
  value: number;
}

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,6})?$/;
const DECIMAL_COMMA = /^\d{1,15},\d{1,6}$/;
const INTEGER = /^\d{1,15}$/;
const DECIMAL_DOT = /^\d{1,6}\.\d{1,2}$/;
const HEAD_BEFORE_DOT = /^\d{1,15}(?=\.\d{1,2}$)/;

const toNumber = (intPart: string, frac: string): number => Number(frac ? `${intPart}.${frac}` : intPart);

/**
 * The number at the start of `run` (a maximal run of digits, "." and ","). `scaleFollows` allows an
 * English-style decimal dot ("2.5 miljard"); otherwise "2023.1" reads as 2023 with a footnote digit and
 * "3.2" as 3. Returns null for shapes that are no amount ("1.2.3", "11.09").
 */
export function readNumberToken(run: string, scaleFollows: boolean): NumberToken | null {
  const s = run.replace(/(?<![.,])[.,]+$/, ''); // (?<![.,]) keeps long runs of dots linear
  if (s.length === 0 || s.length > 24) return null;
  if (THOUSANDS.test(s)) {
    const [intPart = '', frac = ''] = s.split(',');
    return { raw: s, value: toNumber(intPart.replace(/\./g, ''), frac) };
  }
  if (DECIMAL_COMMA.test(s)) {
    const [intPart = '', frac = ''] = s.split(',');
    return { raw: s, value: toNumber(intPart, frac) };
  }
  if (INTEGER.test(s)) return { raw: s, value: Number(s) };
  if (DECIMAL_DOT.test(s) && scaleFollows) {
    const [intPart = '', frac = ''] = s.split('.');
    return { raw: s, value: toNumber(intPart, frac) };
  }
  const head = HEAD_BEFORE_DOT.exec(s)?.[0];
  if (head !== undefined) return readNumberToken(head, false);
  return null;
}

/** value × scale without binary noise (1,2 × 1e9 = 1200000000, not 1200000000.0000002). */
export const scaled = (value: number, scale: number): number => Number((value * scale).toPrecision(15));
