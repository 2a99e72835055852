/**
 * Colour, after no-color.org: never into a file (`stream` null: -o or --out); never with NO_COLOR set to a
 * non-empty value, even with FORCE_COLOR; forced by FORCE_COLOR (other than 0 or false) on a stream that is not
 * a terminal; otherwise only on a terminal whose TERM is not dumb.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorsFor(
  stream: { isTTY?: boolean } | null,
  env: NodeJS.ProcessEnv = process.env,
): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const on = stream !== null && !env.NO_COLOR && (forced || (!!stream.isTTY && env.TERM !== 'dumb'));
  return new Chalk({ level: on ? 1 : 0 });
}
