import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, VERSION, jsonSchema } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

describe('the published JSON Schema', () => {
  for (const name of SCHEMA_NAMES) {
    it(`schema/${name}.schema.json is the one generated from the zod model (run \`npm run schema\` after a change)`, () => {
      expect(JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8'))).toEqual(jsonSchema(name));
    });
  }
  it('`vng-brief schema` prints it', async () => {
    const r = await runCli(['schema']);
    expect(JSON.parse(r.stdout)).toEqual(jsonSchema('letter'));
  });
  it('the version matches package.json', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });
});
