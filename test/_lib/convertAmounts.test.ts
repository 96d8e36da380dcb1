import { describe, expect, it } from 'vitest';
import { convertAmounts } from '../../src/_lib/convertAmounts.js';
import { type Currency, USD } from '../../src/_lib/currency.js';
import { D, type Dec } from '../../src/decimal.js';

const d = (x: string) => new D(x);
const EUR: Currency = { code: 'EUR', rate: d('0.92'), date: '2026-11-30', source: 'user' };

describe('convertAmounts', () => {
  it('returns a USD result as it is (the same object)', () => {
    const result = { monthlyTotal: d('10') };
    expect(convertAmounts(USD, result)).toBe(result);
  });

  it('multiplies the money fields exactly and leaves quantities alone', () => {
    const result = {
      monthlyTotal: d('1234.5'),
      oneTimeTotal: d('0.01'),
      requestsPerMonth: d('50000'),
      lines: [{ id: 'x', quantity: d('3'), unitPrice: d('0.125'), monthlyAmount: d('0.375') }],
    };
    const out = convertAmounts(EUR, result);
    // 1234.5 × 0.92 = 1135.74; 0.01 × 0.92 = 0.0092; 0.125 × 0.92 = 0.115; 0.375 × 0.92 = 0.345.
    expect(out.monthlyTotal.toFixed()).toBe('1135.74');
    expect(out.oneTimeTotal.toFixed()).toBe('0.0092');
    expect(out.requestsPerMonth.toFixed()).toBe('50000');
    expect(out.lines[0]!.quantity.toFixed()).toBe('3');
    expect(out.lines[0]!.unitPrice.toFixed()).toBe('0.115');
    expect(out.lines[0]!.monthlyAmount.toFixed()).toBe('0.345');
  });

  it('converts records of money by strategy (curve points, horizon months)', () => {
    const result = {
      points: [{ requestsPerMonth: d('100'), costs: { rag: d('50'), fineTune: d('100') } }],
      months: [{ month: 1, cumulative: { rag: d('25') }, monthly: { rag: d('25') } }],
    };
    const out = convertAmounts(EUR, result);
    // 50 × 0.92 = 46; 100 × 0.92 = 92; 25 × 0.92 = 23.
    expect(out.points[0]!.costs.rag.toFixed()).toBe('46');
    expect(out.points[0]!.costs.fineTune.toFixed()).toBe('92');
    expect(out.points[0]!.requestsPerMonth.toFixed()).toBe('100');
    expect(out.months[0]!.cumulative.rag.toFixed()).toBe('23');
    expect(out.months[0]!.monthly.rag.toFixed()).toBe('23');
  });

  it('leaves run info, quoted prices and errors alone, and relabels $ in a price label as USD', () => {
    const price = { amount: d('2'), per: '1M' };
    const run = { amount: d('5') };
    const result = { price, run, error: { amount: d('7') }, priceLabel: '$2 per 1M tokens, $0.5 cached' };
    const out = convertAmounts(EUR, result);
    expect(out.price).toBe(price);
    expect(out.run).toBe(run);
    expect(out.error.amount.toFixed()).toBe('7');
    expect(out.priceLabel).toBe('USD 2 per 1M tokens, USD 0.5 cached');
  });

  it('does not mutate the input', () => {
    const result = { monthlyTotal: d('10'), nested: { amount: d('1') } };
    convertAmounts(EUR, result);
    expect(result.monthlyTotal.toFixed()).toBe('10');
    expect(result.nested.amount.toFixed()).toBe('1');
  });

  describe('properties', () => {
    it('converting at a then at b equals converting once at a × b', () => {
      const a = { ...EUR, rate: d('0.92') };
      const b = { ...EUR, rate: d('1.5') };
      const ab = { ...EUR, rate: d('1.38') };
      const result = { monthlyTotal: d('333.33') as Dec };
      // 333.33 × 1.38 = 459.9954.
      expect(convertAmounts(b, convertAmounts(a, result)).monthlyTotal.toFixed()).toBe('459.9954');
      expect(convertAmounts(ab, result).monthlyTotal.toFixed()).toBe('459.9954');
    });
  });
});
