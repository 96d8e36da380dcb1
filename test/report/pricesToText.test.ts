import { describe, expect, it } from 'vitest';
import type { PriceRow } from '../../src/pricing/listPriceRows.js';
import { pricesToText, sourceOf } from '../../src/report/pricesToText.js';

const row = (over: Partial<PriceRow>): PriceRow => ({
  vendor: 'acme',
  tableDate: '2026-01-01',
  subject: 'big',
  item: 'inference.input',
  usd: '2',
  unit: 'per 1M token',
  effective: '2026-01-01',
  sourceUrl: 'https://acme.example/prices',
  readOn: '2026-01-02',
  confidence: 'vendor',
  ...over,
});

describe('sourceOf', () => {
  it('the page and when it was read, or why there is none', () => {
    expect(sourceOf(row({}))).toBe('https://acme.example/prices (read 2026-01-02)');
    expect(sourceOf(row({ readOn: '' }))).toBe('https://acme.example/prices');
    expect(sourceOf(row({ sourceUrl: '', usd: null, reason: 'not published' }))).toBe(
      'no list price: not published',
    );
    expect(sourceOf(row({ sourceUrl: '' }))).toBe('no source recorded in the table');
  });
});

describe('pricesToText', () => {
  it('groups by table and subject, one price a line, each with its source', () => {
    const text = pricesToText(
      [
        row({}),
        row({ item: 'inference.output', usd: '10' }),
        row({ subject: 'locked', usd: null, sourceUrl: '', reason: 'not published' }),
        row({
          vendor: 'other',
          subject: 'x',
          item: 'price',
          usd: '0.5',
          unit: 'per hour',
          origin: 'my.json',
        }),
      ],
      '2026-06-01',
    );
    // Items padded to the longest (16, "inference.output"); amounts right-aligned in 10.
    expect(text).toBe(
      [
        'tune-or-rag prices as of 2026-06-01',
        '',
        'acme, table of 2026-01-01 (USD per unit, as quoted)',
        '  big',
        '    inference.input            2  per 1M token',
        '      source: https://acme.example/prices (read 2026-01-02)',
        '    inference.output          10  per 1M token',
        '      source: https://acme.example/prices (read 2026-01-02)',
        '  locked',
        '    inference.input      missing  per 1M token',
        '      source: no list price: not published',
        '',
        'other, table of 2026-01-01 (USD per unit, as quoted)',
        '  x',
        '    price                    0.5  per hour',
        '      source: https://acme.example/prices (read 2026-01-02)',
        '',
        'Your tables (--prices), used instead of the bundled ones:',
        '- other 2026-01-01: my.json',
        '',
        '4 prices. "missing" means no verified list price: pass it in the scenario\'s `prices`.',
        '',
      ].join('\n'),
    );
  });

  it('without a date says the tables in effect today', () => {
    expect(pricesToText([], null).split('\n')[0]).toBe('tune-or-rag prices (tables in effect today)');
  });

  it('wraps a long reason, never cutting it', () => {
    const reason = 'word '.repeat(40).trim();
    const lines = pricesToText([row({ sourceUrl: '', usd: null, reason })], null).split('\n');
    const source = lines.filter((l) => l.startsWith('      source:') || l.startsWith('        '));
    expect(source.length).toBeGreaterThan(1);
    expect(source.every((l) => l.length <= 100)).toBe(true);
    expect(source.join(' ').replace(/\s+/g, ' ')).toContain(reason);
  });
});
