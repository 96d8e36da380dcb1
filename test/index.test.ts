import { describe, expect, it } from 'vitest';
import * as core from '../src/core.js';
import * as decide from '../src/decide.js';
import * as index from '../src/index.js';
import * as pricing from '../src/pricing.js';
import { kindScenario } from './helpers/kindScenario.js';
import { testRegistry } from './helpers/testTables.js';

/** The calculations the main entry adds: each `…With` of core/decide with the bundled tables. */
const BUNDLED_FORMS = [
  'breakeven',
  'compare',
  'curve',
  'horizon',
  'multiple',
  'projectCharges',
  'recommend',
  'safeBreakeven',
  'safeCompare',
  'safeCurve',
  'safeHorizon',
  'safeMultiple',
  'safeProjectCharges',
  'safeRecommend',
  'safeSensitivity',
  'safeSimulate',
  'sensitivity',
  'simulate',
];

describe('tune-or-rag exports', () => {
  it('the core, the decision tools, the bundled tables and a bundled form of each calculation', () => {
    const expected = new Set([
      ...Object.keys(core),
      ...Object.keys(decide),
      'BUNDLED_TABLES',
      'PRICING_CONTENT_HASH',
      'PRICING_DATA_VERSION',
      'getBundledPricing',
      ...BUNDLED_FORMS,
    ]);
    expect(Object.keys(index).sort()).toEqual([...expected].sort());
    expect(Object.keys(index)).toHaveLength(44 + 9 + 4 + 18);
  });

  it('re-exports the core and decide values themselves, not copies', () => {
    const all = index as Record<string, unknown>;
    for (const [name, value] of [...Object.entries(core), ...Object.entries(decide)]) {
      expect(all[name], name).toBe(value);
    }
    expect(index.getBundledPricing).toBe(pricing.getBundledPricing);
  });
});

describe('the bundled forms', () => {
  const s = kindScenario();
  const promptOnly = { ...s, strategies: { promptOnly: s.strategies.promptOnly } };

  it('default to the bundled tables: the same result as the …With form given them', () => {
    const d = index.defaultScenario();
    const bundled = index.compareWith(d, { pricing: index.getBundledPricing() });
    expect(index.compare(d).strategies.map((x) => x.monthlyTotal.toFixed())).toEqual(
      bundled.strategies.map((x) => x.monthlyTotal.toFixed()),
    );
    expect(index.compare(d).run.pricingDataVersion).toBe(index.PRICING_DATA_VERSION);
  });

  it('use the registry you pass instead (made-up tables: prompt-only $4,225, test/kinds/promptOnly)', () => {
    const r = index.compare(promptOnly, { pricing: testRegistry() });
    expect(r.strategies[0]!.monthlyTotal.toFixed()).toBe('4225');
    // At 2,000,000 requests every line doubles (all are per request): 8,450.
    const c = index.curve(promptOnly, { pricing: testRegistry(), volumes: ['2000000'] });
    expect(c.points[0]!.monthly.promptOnly?.toFixed()).toBe('8450');
  });

  it('on the bundled tables the made-up vendor is unknown', () => {
    expect(() => index.compare(promptOnly)).toThrow(expect.objectContaining({ code: 'unknown_vendor' }));
    const safe = index.safeCompare(promptOnly);
    expect(safe.success === false && safe.error.code).toBe('unknown_vendor');
  });

  it('every safe form returns a failure for a scenario that is not one, never throws', () => {
    for (const name of BUNDLED_FORMS.filter((n) => n.startsWith('safe'))) {
      const fn = (
        index as unknown as Record<string, (s: unknown) => { success: boolean; error?: { code: string } }>
      )[name]!;
      const r = fn(42);
      expect([name, r.success, r.error?.code]).toEqual([name, false, 'invalid_input']);
    }
  });
});
