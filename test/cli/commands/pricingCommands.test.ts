import { describe, expect, it } from 'vitest';
import { pricesCommand, vendorsCommand } from '../../../src/cli/commands/pricingCommands.js';
import { expectGolden } from '../helpers/cli.js';

// Moved from cli.test.ts (where `tune-or-rag vendors|prices …` ran through main): the same goldens.

describe('vendorsCommand', () => {
  it('vendors.txt: what can be bought on 2026-11-01', () => {
    expectGolden('vendors.txt', vendorsCommand({ format: 'table', asOf: '2026-11-01' }));
  });

  it('a date before every table is no_price_at_date at --as-of; a date that is not one is usage', () => {
    expect(() => vendorsCommand({ format: 'table', asOf: '2000-01-01' })).toThrow(
      expect.objectContaining({ code: 'no_price_at_date', path: '--as-of' }),
    );
    expect(() => vendorsCommand({ format: 'table', asOf: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'usage', path: '--as-of' }),
    );
  });
});

describe('pricesCommand', () => {
  it('prices-openai.csv: one vendor’s table in effect on 2026-11-01', () => {
    expectGolden('prices-openai.csv', pricesCommand('openai', { format: 'csv', asOf: '2026-11-01' }));
  });

  it('JSON names the dataset and the date, and every row comes from the bundled tables', () => {
    const json = JSON.parse(pricesCommand('openai', { format: 'json', asOf: '2026-11-01' }));
    expect([json.command, json.asOf, json.tool.name]).toEqual(['prices', '2026-11-01', 'tune-or-rag']);
    expect(json.prices.length).toBeGreaterThan(0);
    for (const row of json.prices) expect([row.vendor, row.origin]).toEqual(['openai', 'bundled']);
  });

  it('an unknown vendor is unknown_vendor at vendor', () => {
    expect(() => pricesCommand('nope', { format: 'table' })).toThrow(
      expect.objectContaining({ code: 'unknown_vendor', path: 'vendor' }),
    );
  });
});
