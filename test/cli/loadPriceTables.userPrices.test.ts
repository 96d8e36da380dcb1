import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliRun, ROOT, runCli } from './helpers/cli.js';

let cli = '';
let dir = '';
const run = (...args: string[]): CliRun => runCli(cli, args, { cwd: dir });

/**
 * A finance team's negotiated Vertex quote, effective 2026-11-15: Gemini 2.5 Flash input at $0.25
 * per 1M tokens instead of the list $0.30; everything else as in the bundled 2026-10-07 table.
 */
function quoteTable(): Record<string, unknown> {
  const table = JSON.parse(readFileSync(join(ROOT, 'pricing/google-vertex/2026-10-07.json'), 'utf8'));
  delete table.$schema;
  table.effectiveDate = '2026-11-15';
  table.sources.quote = { url: 'https://example.com/quote', readOn: '2026-11-20', confidence: 'vendor' };
  const flash = table.models.find((m: { id: string }) => m.id === 'gemini-2.5-flash');
  flash.inference.input = { usd: '0.25', per: '1M', unit: 'token', source: 'quote' };
  return table;
}

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'tor-prices-'));
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, 'quotes/google-vertex-2026-11-15.json'), JSON.stringify(quoteTable()));
}, 120_000);

function ok(result: CliRun): string {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('--prices: your own tables from the command line', () => {
  it('loads, prices, saves and diffs: the table change shows as such', () => {
    ok(run('compare', '-f', 'json', '-o', 'before.json'));
    ok(run('compare', '--prices', 'quotes', '-f', 'json', '-o', 'after.json'));
    const after = JSON.parse(readFileSync(join(dir, 'after.json'), 'utf8')).runs[0];
    expect(after.run.tables['google-vertex']).toBe('2026-11-15');
    expect(after.run.pricingDataVersion).toBe('2026.11.30+custom');
    expect(after.run.pricingContentHash).toMatch(/^[0-9a-f]{64}$/);
    // RAG generation input: 602,000,000 tokens × $0.25 / 1M = $150.50 (was $180.60 at list).
    const rag = after.strategies.find((s: { strategy: string }) => s.strategy === 'rag');
    const input = rag.lines.find((l: { id: string }) => l.id === 'rag.generation.input');
    expect(input.amount).toBe('150.5');
    const diff = ok(run('diff', 'before.json', 'after.json'));
    expect(diff).toContain('- pricingContentHash: ');
    expect(diff).toContain('- priceTable.google-vertex: 2026-10-07 → 2026-11-15');
    // 362.38 − 30.10 = 332.28.
    expect(diff).toMatch(/RAG: monthly total\s+362\.38\s+332\.28\s+-30\.10/);
  });

  it('`prices` says which tables are yours', () => {
    const out = ok(run('prices', 'google-vertex', '--as-of', '2026-11-30', '--prices', 'quotes/'));
    expect(out).toContain('google-vertex 2026-11-15: quotes/google-vertex-2026-11-15.json');
    const csv = ok(
      run('prices', 'google-vertex', '--as-of', '2026-11-30', '--prices', 'quotes', '-f', 'csv'),
    );
    expect(csv.split(/\r?\n/)[0]).toMatch(/,origin$/);
    expect(csv).toContain(',quotes/google-vertex-2026-11-15.json');
  });

  it('refuses a malformed table naming the file and the field, before computing anything', () => {
    const bad = quoteTable();
    (bad.models as { id: string; inference?: { output: unknown } }[])[1]!.inference!.output = {
      usd: '2.50',
      per: '1M',
      unit: 'hour',
      source: 'quote',
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const result = run('compare', '--prices', 'bad.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error [invalid_price_table] at models[1].inference.output.unit: bad.json: unit "hour" cannot be used here; expected token\n',
    );
    writeFileSync(join(dir, 'broken.json'), '{ "vendor": ');
    const broken = run('compare', '--prices', 'broken.json');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error \[invalid_json\] at broken\.json: broken\.json: not valid JSON/);
    const missing = run('compare', '--prices', 'nowhere');
    expect(missing.stderr).toBe('error [read_failed] at nowhere: nowhere: no such file or folder\n');
  });

  it('--stale-after sets the staleness threshold; a bad value is a usage error', () => {
    // Pinecone's 2026-06-09 table was last verified 2026-11-30: stale on 2027-06-01 at 6 months.
    const late = JSON.parse(ok(run('compare', '--as-of', '2027-06-01', '-f', 'json'))).runs[0].run;
    expect(late.warnings.map((w: { code: string }) => w.code)).toContain('stale_table');
    const lenient = JSON.parse(
      ok(run('compare', '--as-of', '2027-06-01', '--stale-after', '12', '-f', 'json')),
    ).runs[0].run;
    expect(lenient.warnings.map((w: { code: string }) => w.code)).not.toContain('stale_table');
    const bad = run('compare', '--stale-after', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error \[usage\] at --stale-after: /);
  });
});
