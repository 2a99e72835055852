/**
 * The composite GitHub Action of the repository root (action.yml), as another repository uses it: its steps
 * are well-formed (every run step names its shell, inputs reach the script as environment variables and never
 * inside it, Node 24 by default), and its comparing step, run here as the runner would run it, writes the
 * report to the step summary, the annotations to standard output, the summary line to the step's outputs, and
 * fails for what fail-on names.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';

interface Step {
  uses?: string;
  id?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync('action.yml', 'utf8')) as Action;
const diffStep = action.runs.steps.find((s) => s.id === 'diff')!;

/** The step's environment as the runner makes it: `${{ inputs.x }}` is the input given, or its default. */
function stepEnv(given: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(diffStep.env ?? {}).map(([name, value]) => [
      name,
      value.replace(
        /\$\{\{ inputs\.([\w-]+) \}\}/gu,
        (_, input: string) => given[input] ?? action.inputs[input]?.default ?? '',
      ),
    ]),
  );
}

/** Runs the comparing step in a fresh workspace holding `files`, with GitHub's step summary and output files. */
function runStep(given: Record<string, string>, files: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), 'vng-brief-action-'));
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(join(workspace, to, '..'), { recursive: true });
    cpSync(from, join(workspace, to));
  }
  const summary = join(workspace, 'step-summary.md');
  const output = join(workspace, 'step-output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const r = spawnSync('bash', ['-e', '-c', diffStep.run!], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...stepEnv(given),
      GITHUB_ACTION_PATH: resolve('.'),
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      NO_COLOR: '1',
    },
  });
  return { ...r, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action on Node 24 whose run steps name their shell', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs['node-version']!.default).toBe('24');
    const setup = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe('${{ inputs.node-version }}');
    for (const step of action.runs.steps.filter((s) => s.run)) expect(step.shell, step.run).toBe('bash');
    // installed from the action's own checkout, built by npm's prepare
    const install = action.runs.steps.find((s) => s.run?.startsWith('npm ci'));
    expect(install?.['working-directory']).toBe('${{ github.action_path }}');
    expect(action.outputs.summary!.value).toBe('${{ steps.diff.outputs.summary }}');
  });

  it('passes every input but node-version as an environment variable, never into a script', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
    const used = Object.values(diffStep.env ?? {}).join(' ');
    for (const input of Object.keys(action.inputs).filter((i) => i !== 'node-version'))
      expect(used).toContain(`\${{ inputs.${input} }}`);
  });

  it('compares the newest two letters of a series: report, annotations, output, and a failed check', () => {
    const r = runStep(
      { series: 'brieven/mensenhandel' },
      {
        'brieven/mensenhandel/2022-02-18-zicht.txt': LETTER_2022,
        'brieven/mensenhandel/2024-09-05-inbreng.txt': LETTER_2024,
        'brieven/mensenhandel/2016-01-01-oud.txt': 'test/fixtures/diff/wonen-2023.txt',
      },
    );
    expect(r.status, r.stderr).toBe(1);
    expect(r.summary).toMatch(/^## Posities: VNG: Meer zicht nodig op mensenhandel \(18 februari 2022\) → /u);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    // the two dropped asks and the two dropped themes
    expect(errors.filter((l) => l.includes('title=Vraag vervallen'))).toHaveLength(2);
    expect(errors.filter((l) => l.includes('title=Thema vervallen'))).toHaveLength(2);
    expect(errors).toHaveLength(4);
    expect(errors.every((l) => l.includes('file=brieven/mensenhandel/2024-09-05-inbreng.txt'))).toBe(true);
    expect(r.output).toBe(
      'summary=0 ongewijzigd, 2 gewijzigd, 7 nieuw, 2 vervallen vragen; +9 −3 verwijzingen\n',
    );
  });

  it('compares old and new as given, in English, and only reports with an empty fail-on', () => {
    const r = runStep(
      { old: 'a/old.txt', new: 'b/new.txt', 'fail-on': '', lang: 'en' },
      { 'a/old.txt': LETTER_2022, 'b/new.txt': LETTER_2024 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.summary).toMatch(/^## Positions: /u);
    expect(r.stdout).toMatch(/^::warning file=b\/new\.txt,line=\d+,title=Ask dropped::/mu);
    expect(r.stdout).not.toContain('::error');
    expect(r.output).toMatch(/^summary=0 kept, 2 changed, 7 new, 2 dropped asks; /u);
  });

  it('has nothing to do with fewer than two letters, and refuses old without new', () => {
    const one = runStep({ series: 'brieven' }, { 'brieven/2024-09-05.txt': LETTER_2024 });
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('fewer than two letters in brieven');
    const half = runStep({ old: 'a.txt' }, { 'a.txt': LETTER_2024 });
    expect(half.status).toBe(2);
    expect(half.stdout).toContain('::error title=vng-brief::give both old and new, or a series folder');
  });
});

describe('the README’s workflow without the action', () => {
  it('runs as written, with vng-brief installed on the PATH', () => {
    const readme = readFileSync('README.md', 'utf8');
    const from = readme.indexOf('**Without the action**');
    const yaml = /```yaml\n([\s\S]*?)```/u.exec(readme.slice(from))![1]!;
    const steps = parseYaml(yaml.replace(/^ {4}/gmu, '')).steps as Step[];
    expect(steps.find((s) => s.uses === 'actions/setup-node@v4')?.with?.['node-version']).toBe(24);
    expect(steps.some((s) => s.run?.startsWith('npm install --global git+https://github.com/'))).toBe(true);
    const compare = steps.at(-1)!;
    const workspace = mkdtempSync(join(tmpdir(), 'vng-brief-recipe-'));
    mkdirSync(join(workspace, 'brieven/mensenhandel'), { recursive: true });
    cpSync(LETTER_2022, join(workspace, 'brieven/mensenhandel/2022-02-18-zicht.txt'));
    cpSync(LETTER_2024, join(workspace, 'brieven/mensenhandel/2024-09-05-inbreng.txt'));
    const bin = join(workspace, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'vng-brief'),
      `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/vng-brief.js')}" "$@"\n`,
      {
        mode: 0o755,
      },
    );
    const summary = join(workspace, 'summary.md');
    const r = spawnSync('bash', ['-e', '-c', compare.run!], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...compare.env,
        PATH: `${bin}:${process.env.PATH}`,
        GITHUB_STEP_SUMMARY: summary,
        NO_COLOR: '1',
      },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## Posities: /u);
    expect(r.stdout).toMatch(
      /^::error file=brieven\/mensenhandel\/2024-09-05-inbreng\.txt,line=\d+,title=Vraag vervallen::/mu,
    );
  });
});
