/**
 * Runs the built binary (bin/vng-brief.js → dist/) as a separate process, for what an in-process run cannot show:
 * real standard streams, signals, the exit status. test/global-setup.ts rebuilds dist/ first when it is stale.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

export interface BinaryResult {
  /** the exit code, or null when a signal ended the process */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BinaryOptions {
  env?: NodeJS.ProcessEnv;
  /** standard input, output and error as child_process takes them (default: all piped) */
  stdio?: StdioOptions;
  /** called once the process runs, e.g. to feed its stdin or send it a signal */
  started?: (child: ChildProcess) => void;
}

export function runBinary(args: string[], options: BinaryOptions = {}): Promise<BinaryResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/vng-brief.js', ...args], {
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: options.stdio ?? 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    options.started?.(child);
  });
}
