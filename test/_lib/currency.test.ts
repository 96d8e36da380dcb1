import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import {
  compare,
  defaultScenario,
  horizon,
  isTuneOrRagError,
  parseCurrency,
  projectCharges,
  toFocusRows,
} from '../../src/index.js';
import { focusToCsv } from '../../src/report/focusReport.js';
import { renderCsv } from '../../src/report/renderCsv.js';
import { focusViolations } from '../helpers/focusRules.js';

const EUR = { code: 'EUR', rate: '0.92', date: '2026-11-30' } as const;

describe('currency', () => {
  it('converts every amount once at the rate, exactly; quoted prices stay in USD', () => {
    const usd = compare(defaultScenario());
    const eur = compare(defaultScenario(), { currency: EUR });
    expect(eur.run.currency).toMatchObject({ code: 'EUR', date: '2026-11-30', source: 'user' });
    expect(eur.run.currency.rate.toFixed()).toBe('0.92');
    usd.strategies.forEach((s, i) => {
      const e = eur.strategies[i]!;
      expect(e.monthlyTotal.eq(s.monthlyTotal.times('0.92'))).toBe(true);
      expect(e.oneTimeTotal.eq(s.oneTimeTotal.times('0.92'))).toBe(true);
      s.lines.forEach((l, j) => {
        const el = e.lines[j]!;
        expect(el.quantity.eq(l.quantity)).toBe(true);
        expect(el.unitPrice.eq(l.unitPrice.times('0.92'))).toBe(true);
        // Still quantity × unit price = amount, in EUR.
        expect(el.quantity.times(el.unitPrice).eq(el.amount)).toBe(true);
        expect(el.price?.usd.eq(l.price!.usd) ?? true).toBe(true);
      });
    });
    // Fine-tune: $289.494 a month (training 150 + evaluation 0.694 + input 13.8 + output 125) × 0.92 = 266.33448 EUR.
    expect(eur.strategies[0]!.monthlyTotal.toFixed()).toBe('266.33448');
    expect(eur.strategies[0]!.lines[0]!.priceLabel).toBe('USD 5 per 1M training tokens');
    // Volumes and multiples do not change; the cost at a crossover does.
    expect(eur.multiples).toEqual(usd.multiples);
    usd.breakevens.forEach((b, i) => {
      const e = eur.breakevens[i]!;
      if (b.kind !== 'crossovers' || e.kind !== 'crossovers') {
        expect(e).toEqual(b);
        return;
      }
      b.crossovers.forEach((c, j) => {
        expect(e.crossovers[j]!.requestsPerMonth.eq(c.requestsPerMonth)).toBe(true);
        expect(e.crossovers[j]!.monthlyCost.eq(c.monthlyCost.times('0.92'))).toBe(true);
      });
    });
  });

  it('the scenario field does the same; the option wins over it', () => {
    const scenario = { ...defaultScenario(), currency: { code: 'GBP', rate: '0.79', date: '2026-11-28' } };
    expect(compare(scenario).run.currency.code).toBe('GBP');
    expect(compare(scenario, { currency: EUR }).run.currency.code).toBe('EUR');
    // Horizon month 1, prompt-only: $194.48 × 0.79 = 153.6392 GBP.
    expect(horizon(scenario, { months: 1 }).months[0]!.costs.promptOnly?.toFixed()).toBe('153.6392');
  });

  it('FOCUS: BillingCurrency EUR, the USD figures in the PricingCurrency columns, the rate in x_ columns', () => {
    const report = projectCharges(defaultScenario(), { months: 1, currency: EUR });
    const row = toFocusRows(report)[0]!;
    // 30,000,000 tokens × $0.000005 = $150 × 0.92 = 138 EUR; unit price 0.000005 × 0.92 = 0.0000046.
    expect(row).toMatchObject({
      BilledCost: '138',
      BillingCurrency: 'EUR',
      ListUnitPrice: '0.0000046',
      PricingCurrency: 'USD',
      PricingCurrencyEffectiveCost: '150',
      PricingCurrencyListUnitPrice: '0.000005',
      x_ExchangeRate: '0.92',
      x_ExchangeRateDate: '2026-11-30T00:00:00Z',
      x_ExchangeRateSource: 'user',
    });
    expect(focusViolations(renderCsv(focusToCsv([{ profile: null, result: report }])))).toEqual([]);
  });

  it.each([
    [{ code: 'eur', rate: '0.92', date: '2026-11-30' }, 'options.currency.code'],
    [{ code: 'EUR', rate: 0.92, date: '2026-11-30' }, 'options.currency.rate'],
    [{ code: 'EUR', rate: '0', date: '2026-11-30' }, 'options.currency.rate'],
    [{ code: 'EUR', rate: 'NaN', date: '2026-11-30' }, 'options.currency.rate'],
    [{ code: 'EUR', rate: new D('Infinity'), date: '2026-11-30' }, 'options.currency.rate'],
    [{ code: 'EUR', rate: '0.92', date: '2026-02-30' }, 'options.currency.date'],
    [{ code: 'EUR', rate: '0.92' }, 'options.currency.date'],
    [{ code: 'USD', rate: '2', date: '2026-11-30' }, 'options.currency.rate'],
  ])('%o is invalid_input at %s', (currency, path) => {
    try {
      compare(defaultScenario(), { currency: currency as never });
      expect.unreachable();
    } catch (error) {
      expect(isTuneOrRagError(error) && error.code).toBe('invalid_input');
      expect(isTuneOrRagError(error) && error.path).toBe(path);
    }
  });

  it('parseCurrency: USD is no conversion', () => {
    expect(parseCurrency(undefined, 'x')).toMatchObject({ code: 'USD', source: 'none', date: null });
    expect(parseCurrency({ code: 'USD' }, 'x').source).toBe('none');
  });
});
