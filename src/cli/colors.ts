/** Colour only on a TTY, never with NO_COLOR or TERM=dumb; FORCE_COLOR forces it. */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const on = forced || (!!stream.isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return new Chalk({ level: on ? 1 : 0 });
}
