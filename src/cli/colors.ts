/**
 * Colour, after no-color.org: never into a file (`stream` null: -o or --out); never with NO_COLOR set to a
 * non-empty value, even with FORCE_COLOR; never with FORCE_COLOR 0 or false (Node's and chalk's way to turn it
 * off); forced by any other FORCE_COLOR on a stream that is not a terminal; otherwise only on a terminal whose
 * TERM is not dumb.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorsFor(
  stream: { isTTY?: boolean } | null,
  env: NodeJS.ProcessEnv = process.env,
): ChalkInstance {
  const force = env.FORCE_COLOR;
  const off = !!env.NO_COLOR || force === '0' || force === 'false';
  const on = stream !== null && !off && (force !== undefined || (!!stream.isTTY && env.TERM !== 'dumb'));
  return new Chalk({ level: on ? 1 : 0 });
}
