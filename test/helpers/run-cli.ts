/**
 * Runs the CLI in-process with captured output. Briefs are fitted by the line estimate (VNG_BRIEF_FIT=estimate)
 * unless a test says otherwise: a measured page depends on the machine's browser and fonts, so golden files
 * would too; `npm run test:e2e` measures in Chromium.
 */
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'vng-brief', ...args], {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { VNG_BRIEF_FIT: 'estimate', ...env },
  });
  return { code, stdout, stderr };
}
