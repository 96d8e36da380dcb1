import { describe, expect, it } from 'vitest';
import { applyPrecision, isMoneyColumn, parsePrecision } from '../../src/report/precision.js';

const table = {
  header: ['lineId', 'quantity', 'unitPriceUsd', 'amountUsd', 'monthlyAmountUsd', 'ragCumulativeUsd'],
  rows: [
    // 5,000,000 tokens × $0.00000002 = $0.1 per occurrence; ÷ 12 months = 0.008333…
    [
      'rag.embedding.corpus',
      '5000000',
      '0.00000002',
      '0.1',
      '0.008333333333333333333333333333333333333333',
      null,
    ],
    // 0.125 rounds half to even: 0.12; 0.135 → 0.14; −2.675 → −2.68 (exactly, not 2.67 as a float would).
    ['x', '0.125', '0.125', '0.125', '0.135', '-2.675'],
  ],
};

describe('applyPrecision', () => {
  it('rounds money to cents by default-style 2 decimals, half to even; unit prices and quantities untouched', () => {
    expect(applyPrecision(table, 2).rows).toEqual([
      ['rag.embedding.corpus', '5000000', '0.00000002', '0.10', '0.01', null],
      ['x', '0.125', '0.125', '0.12', '0.14', '-2.68'],
    ]);
  });

  it('full keeps the exact values (a round trip: nothing is lost)', () => {
    expect(applyPrecision(table, 'full')).toBe(table);
  });

  it('N decimals', () => {
    // 0.008333… to 4 decimals = 0.0083; 0.1 → 0.1000.
    expect(applyPrecision(table, 4).rows[0]!.slice(3, 5)).toEqual(['0.1000', '0.0083']);
    expect(applyPrecision(table, 0).rows[1]!.slice(3)).toEqual(['0', '0', '-3']);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(table);
    applyPrecision(table, 2);
    expect(JSON.stringify(table)).toBe(before);
  });
});

describe('isMoneyColumn / parsePrecision', () => {
  it.each([
    ['amountUsd', true],
    ['fineTunePaidUsd', true],
    ['changeUsd', true],
    ['unitPriceUsd', false],
    ['usd', false],
    ['quantity', false],
  ])('%s → %s', (name, money) => {
    expect(isMoneyColumn(name)).toBe(money);
  });

  it.each([
    ['2', 2],
    ['0', 0],
    ['20', 20],
    ['full', 'full'],
    ['21', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parsePrecision(text)).toBe(expected);
  });
});
