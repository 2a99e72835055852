/** Finds a local Chromium or Chrome for PDF printing: CHROME_PATH first, then the usual names and places. */
import { UserError } from '../core/errors.js';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
  '/usr/bin',
  '/usr/local/bin',
  '/snap/bin',
  '/Applications/Chromium.app/Contents/MacOS',
  '/Applications/Google Chrome.app/Contents/MacOS',
];
const MAC_NAMES = ['Chromium', 'Google Chrome'];

export const NO_CHROMIUM =
  'no Chromium found for --format pdf: install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH, or use --format html and print from a browser';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to print with, or null. A CHROME_PATH that is not an executable file is an error, not ignored.
 * `places` are the folders searched before PATH (tests pass none).
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  places: readonly string[] = PLACES,
): string | null {
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new UserError(`CHROME_PATH=${explicit} is not an executable file`);
  }
  const dirs = [...places, ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    for (const name of [...NAMES, ...MAC_NAMES]) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return null;
}
