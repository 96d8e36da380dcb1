import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, ROOT } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

const FILE = join(ROOT, 'examples/scenarios/ten-vendors.yaml');
const run = (...args: string[]) => runMain(args, { cwd: ROOT });

describe('a ten-vendor comparison is one file and one command', () => {
  it('prints the ranking, the envelope and the candidates × volumes matrix', async () => {
    const r = await run('compare', FILE, '-p', 'base', '--volumes', '1e3,1e4,1e5,1e6,1e7');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGolden('compare-ten-vendors.txt', r.stdout);
    expect(r.stdout).toContain('(cheapest first)');
    expect(r.stdout).toContain('Cheapest by volume:');
    expect(r.stdout).toContain('Candidate (USD/month)');
    // Azure's gpt-4.1 fine-tuning takes no new jobs from never-tuned accounts: a closed route, not a number.
    expect(r.stdout).toMatch(/Azure OpenAI GPT-4\.1 SFT \(hosted\)\n\s+not priced/);
  });

  it('gives every candidate, the ranking, the envelope and the matrix in JSON', async () => {
    const r = await run('compare', FILE, '-p', 'base', '--volumes', '1e4,1e6', '-f', 'json');
    expect(r.code).toBe(0);
    const run0 = JSON.parse(r.stdout).runs[0];
    expect(run0.run.candidates).toHaveLength(12);
    // Ten vendors: five tune, four host retrieval or generation, one reranks (plus Bedrock serving).
    expect(Object.keys(run0.run.tables).sort()).toEqual([
      'aws-bedrock',
      'aws-rds',
      'fireworks',
      'google-vertex',
      'openai',
      'pinecone',
      'together',
      'turbopuffer',
      'voyage',
    ]);
    expect(run0.ranking).toHaveLength(11);
    expect(run0.breakevens).toHaveLength((11 * 10) / 2);
    expect(run0.envelope.segments.length).toBeGreaterThan(0);
    expect(run0.matrix).toHaveLength(2);
    expect(Object.keys(run0.matrix[0].monthly)).toHaveLength(11);
  });

  it('runs the same grid at three volumes with profiles', async () => {
    const r = await run('compare', FILE, '-f', 'csv');
    expect(r.code).toBe(0);
    for (const profile of ['low', 'base', 'high']) expect(r.stdout).toContain(`${profile},`);
  });
});
