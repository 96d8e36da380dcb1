import { describe, expect, it } from 'vitest';
import { type Currency, USD } from '../../src/_lib/currency.js';
import { D } from '../../src/decimal.js';
import { relabelCsv, relabelText } from '../../src/report/relabelCurrency.js';

const EUR: Currency = { code: 'EUR', rate: new D('0.92'), date: '2026-11-30', source: 'user' };

describe('relabelText', () => {
  it('leaves a USD report as it is', () => {
    const text = 'Monthly USD: $12.50';
    expect(relabelText(text, USD)).toBe(text);
  });

  it.each([
    ['RAG costs $362.38 a month', 'RAG costs EUR 362.38 a month'],
    ['saves $-5.00', 'saves EUR -5.00'],
    ['Cost (USD)', 'Cost (EUR)'],
    ['| USD/month |', '| EUR/month |'],
    ['Monthly USD, Cumulative USD', 'Monthly EUR, Cumulative EUR'],
    ['all totals in USD; the total in USD', 'all totals in EUR; the total in EUR'],
  ])('%j → %j', (text, expected) => {
    expect(relabelText(text, EUR)).toBe(expected);
  });

  it("keeps a vendor's quote in USD and a $ that is not an amount", () => {
    expect(relabelText('USD 5 per 1M tokens, pass `$ref`, USDC', EUR)).toBe(
      'USD 5 per 1M tokens, pass `$ref`, USDC',
    );
  });
});

describe('relabelCsv', () => {
  it('renames the …Usd columns and states the currency on every row', () => {
    const out = relabelCsv(
      {
        header: ['strategy', 'monthlyUsd', 'note'],
        rows: [
          ['rag', '333.3864', 'about $300'],
          ['x', null, 'Usd'],
        ],
      },
      EUR,
    );
    expect(out).toEqual({
      header: ['strategy', 'monthlyEur', 'note', 'currency', 'fxRate', 'fxDate', 'fxSource'],
      rows: [
        ['rag', '333.3864', 'about EUR 300', 'EUR', '0.92', '2026-11-30', 'user'],
        ['x', null, 'Usd', 'EUR', '0.92', '2026-11-30', 'user'],
      ],
    });
  });

  it('a USD table is the same table', () => {
    const table = { header: ['monthlyUsd'], rows: [['1']] };
    expect(relabelCsv(table, USD)).toBe(table);
  });
});
