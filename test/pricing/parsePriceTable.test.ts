import { describe, expect, it } from 'vitest';
import { createPricingRegistry, parsePriceTable, type TuneOrRagError } from '../../src/index.js';

// A corpus of malformed price tables: each is refused with `invalid_price_table`, a path naming the
// field, and a message naming the file, whether parsed alone or through createPricingRegistry.

const FILE = 'pricing/x/2025-01-01.json';

// biome-ignore lint/suspicious/noExplicitAny: the corpus edits tables freely.
type Table = any;

function valid(): Table {
  return {
    vendor: 'x',
    name: 'X',
    effectiveDate: '2025-01-01',
    currency: 'USD',
    sources: { page: { url: 'https://example.com/pricing', readOn: '2025-01-02', confidence: 'vendor' } },
    fineTuning: { offered: true },
    models: [
      {
        id: 'chat-1',
        aliases: ['chat-1-2025'],
        kind: 'chat',
        inference: {
          input: { usd: '1.00', per: '1M', unit: 'token', source: 'page' },
          output: { usd: '4.00', per: '1M', unit: 'token', source: 'page' },
        },
        fineTuning: {
          methods: [
            { method: 'sft', price: { usd: '3', per: '1M', unit: 'training_token', source: 'page' } },
          ],
          capacity: [
            {
              id: 'pt',
              name: 'Provisioned',
              unitName: 'model unit',
              price: { usd: '20', unit: 'hour', source: 'page' },
            },
          ],
        },
      },
      {
        id: 'embed-1',
        kind: 'embedding',
        embedding: { input: { usd: '0.02', per: '1M', unit: 'token', source: 'page' } },
      },
    ],
    hardware: [{ id: 'h100', name: 'H100', price: { usd: '3.5', unit: 'hour', source: 'page' } }],
    vectorDb: [
      { id: 'standard', name: 'Standard', storage: { usd: '0.33', unit: 'gb_month', source: 'page' } },
    ],
  };
}

function edit(change: (t: Table) => void): Table {
  const t = valid();
  change(t);
  return t;
}

interface Case {
  readonly name: string;
  readonly table: Table;
  /** The path the error names. */
  readonly path: string;
  /** A phrase the message contains. */
  readonly says: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: 'missing source on a price',
    table: edit((t) => delete t.models[0].inference.input.source),
    path: 'models[0].inference.input.source',
    says: /required: expected string/,
  },
  {
    name: 'source not listed in `sources`',
    table: edit((t) => (t.models[0].inference.output.source = 'elsewhere')),
    path: 'models[0].inference.output.source',
    says: /source "elsewhere" is not listed/,
  },
  {
    name: 'no `sources` at all',
    table: edit((t) => delete t.sources),
    path: 'sources',
    says: /required/,
  },
  {
    name: 'source URL that is not https',
    table: edit((t) => (t.sources.page.url = 'http://example.com/pricing')),
    path: 'sources.page.url',
    says: /URL|url|protocol|Invalid/i,
  },
  {
    name: 'wrong unit: a token price per hour',
    table: edit((t) => (t.models[0].inference.input.unit = 'hour')),
    path: 'models[0].inference.input.unit',
    says: /unit "hour" cannot be used here; expected token/,
  },
  {
    name: 'wrong unit: capacity per token',
    table: edit((t) => (t.models[0].fineTuning.capacity[0].price.unit = 'token')),
    path: 'models[0].fineTuning.capacity[0].price.unit',
    says: /expected second or minute or hour/,
  },
  {
    name: 'unknown unit',
    table: edit((t) => (t.vectorDb[0].storage.unit = 'gigabyte')),
    path: 'vectorDb[0].storage.unit',
    says: /expected one of "token"/,
  },
  {
    name: 'billing increment on a per-token price',
    table: edit((t) => (t.models[0].inference.input.billingIncrementSeconds = 60)),
    path: 'models[0].inference.input.billingIncrementSeconds',
    says: /only applies to time units/,
  },
  {
    name: 'negative price',
    table: edit((t) => (t.models[0].inference.output.usd = '-4.00')),
    path: 'models[0].inference.output.usd',
    says: /does not match|non-negative decimal/,
  },
  {
    name: 'price as a JSON number',
    table: edit((t) => (t.hardware[0].price.usd = 3.5)),
    path: 'hardware[0].price.usd',
    says: /expected string, got a number/,
  },
  {
    name: 'duplicate model id',
    table: edit((t) => (t.models[1].id = 'chat-1')),
    path: 'models[1].id',
    says: /"chat-1" appears twice/,
  },
  {
    name: 'alias colliding with another model id',
    table: edit((t) => (t.models[1].aliases = ['chat-1-2025'])),
    path: 'models[1].id',
    says: /"chat-1-2025" appears twice/,
  },
  {
    name: 'duplicate hardware id',
    table: edit((t) => t.hardware.push({ ...t.hardware[0] })),
    path: 'hardware[1].id',
    says: /"h100" appears twice/,
  },
  {
    name: 'duplicate vector-database plan',
    table: edit((t) => t.vectorDb.push({ ...t.vectorDb[0] })),
    path: 'vectorDb[1].id',
    says: /"standard" appears twice/,
  },
  {
    name: 'duplicate capacity option',
    table: edit((t) => t.models[0].fineTuning.capacity.push({ ...t.models[0].fineTuning.capacity[0] })),
    path: 'models[0].fineTuning.capacity[1].id',
    says: /"pt" appears twice/,
  },
  {
    name: 'bad date: 30 February',
    table: edit((t) => (t.effectiveDate = '2025-02-30')),
    path: 'effectiveDate',
    says: /not a real calendar date/,
  },
  {
    name: 'bad date: not YYYY-MM-DD',
    table: edit((t) => (t.sources.page.readOn = '1/2/2025')),
    path: 'sources.page.readOn',
    says: /expected a date as YYYY-MM-DD/,
  },
  {
    name: "effectiveDate that differs from the file name's date",
    table: edit((t) => (t.effectiveDate = '2025-01-02')),
    path: 'effectiveDate',
    says: /differs from the file name's date 2025-01-01/,
  },
  {
    name: 'a price taking effect after its table',
    table: edit((t) => (t.models[0].inference.input.effective = '2025-06-01')),
    path: 'models[0].inference.input.effective',
    says: /cannot take effect \(2025-06-01\) after its table/,
  },
  {
    name: 'currency other than USD',
    table: edit((t) => (t.currency = 'EUR')),
    path: 'currency',
    says: /expected one of "USD"|USD/,
  },
  {
    name: 'unknown field (a typo)',
    table: edit((t) => (t.models[0].inferance = {})),
    path: 'models[0]',
    says: /unknown field\(s\) `inferance`/,
  },
  {
    name: 'upper-case vendor id',
    table: edit((t) => (t.vendor = 'X')),
    path: 'vendor',
    says: /expected a lower-case id/,
  },
];

function failure(fn: () => unknown): TuneOrRagError {
  try {
    fn();
  } catch (error) {
    return error as TuneOrRagError;
  }
  throw new Error('accepted a malformed table');
}

describe('malformed price tables', () => {
  it('the corpus base itself is valid', () => {
    expect(parsePriceTable(valid(), FILE).vendor).toBe('x');
  });

  it.each(CASES)('$name: refused by parsePriceTable with the file and the field', ({ table, path, says }) => {
    const error = failure(() => parsePriceTable(table, FILE));
    expect(error.name).toBe('TuneOrRagError');
    expect(error.code).toBe('invalid_price_table');
    expect(error.path).toBe(path);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(`\`${path}\``);
    expect(error.message).toMatch(says);
  });

  it.each(CASES)('$name: refused by createPricingRegistry, named by the file', ({ table, path }) => {
    const error = failure(() =>
      createPricingRegistry([valid(), table], { names: ['pricing/x/base.json', FILE] }),
    );
    expect(error.code).toBe('invalid_price_table');
    expect(error.path).toBe(path);
    expect(error.message).toContain(FILE);
  });

  it('two tables of one vendor effective on the same date (overlapping versions)', () => {
    const other = edit((t) => (t.name = 'X again'));
    const error = failure(() =>
      createPricingRegistry([valid(), other], {
        names: ['pricing/x/2025-01-01.json', 'pricing/x/copy/2025-01-01.json'],
      }),
    );
    expect(error.code).toBe('invalid_price_table');
    expect(error.path).toBe('effectiveDate');
    expect(error.message).toContain('pricing/x/copy/2025-01-01.json');
    expect(error.message).toMatch(/vendor "x" has two tables effective on 2025-01-01/);
  });

  it('versions on different dates are accepted and ordered', () => {
    const later = edit((t) => (t.effectiveDate = '2025-03-01'));
    const registry = createPricingRegistry([later, valid()]);
    expect(registry.vendors.get('x')!.map((t) => t.effectiveDate)).toEqual(['2025-01-01', '2025-03-01']);
  });
});
