import { describe, expect, it } from 'vitest';
import * as core from '../src/core.js';
import { kindScenario } from './helpers/kindScenario.js';
import { testLlm, testVectors } from './helpers/testTables.js';

// `tune-or-rag/core`: the engine without the bundled tables. Every calculation takes options.pricing.

describe('tune-or-rag/core exports', () => {
  it('exactly these values (types aside), by name', () => {
    expect(Object.keys(core).sort()).toEqual([
      'ACCOUNT_STANDINGS',
      'FOCUS_COLUMNS',
      'FOCUS_CUSTOM_COLUMNS',
      'STRATEGY_IDS',
      'STRATEGY_KINDS',
      'STRATEGY_LABELS',
      'TuneOrRagError',
      'breakevenWith',
      'compareWith',
      'createPricingRegistry',
      'curveWith',
      'defaultScenario',
      'describeCurrency',
      'distributionSchema',
      'envelopeAt',
      'extendPricingRegistry',
      'focusUnit',
      'formatDecimal',
      'horizonWith',
      'isTuneOrRagError',
      'listPriceRows',
      'listVendors',
      'logSpacedVolumes',
      'multipleWith',
      'parseCurrency',
      'parsePriceTable',
      'parseScenario',
      'priceTableSchema',
      'priceUnitSchema',
      'projectChargesWith',
      'resolvePriceTable',
      'safeBreakevenWith',
      'safeCompareWith',
      'safeCreatePricingRegistry',
      'safeCurveWith',
      'safeHorizonWith',
      'safeMultipleWith',
      'safeParsePriceTable',
      'safeParseScenario',
      'safeProjectChargesWith',
      'scenarioSchema',
      'toFocusRows',
      'toPlainString',
      'uncertaintySchema',
    ]);
  });

  it('ships no bundled tables and not the decision tools', () => {
    for (const name of [
      'BUNDLED_TABLES',
      'getBundledPricing',
      'compare',
      'simulateWith',
      'recommendWith',
      'PRESETS',
    ]) {
      expect(Object.keys(core)).not.toContain(name);
    }
  });
});

describe('without a registry', () => {
  const message =
    '[tune-or-rag] invalid_input at `options.pricing`: no price tables: pass `options.pricing` (createPricingRegistry or getBundledPricing from "tune-or-rag/pricing"), or import from "tune-or-rag", which bundles them';

  it.each([
    ['compareWith', () => core.compareWith(kindScenario())],
    ['breakevenWith', () => core.breakevenWith(kindScenario())],
    ['multipleWith', () => core.multipleWith(kindScenario(), {})],
    ['curveWith', () => core.curveWith(kindScenario())],
    ['horizonWith', () => core.horizonWith(kindScenario())],
    ['projectChargesWith', () => core.projectChargesWith(kindScenario())],
  ])('%s asks for one: invalid_input at options.pricing', (_name, call) => {
    expect(call).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'options.pricing', message }),
    );
  });

  it('the safe form returns the same error', () => {
    const r = core.safeCompareWith(kindScenario());
    expect(r.success).toBe(false);
    expect(r.error?.path).toBe('options.pricing');
  });
});

describe('with a registry of your own tables', () => {
  it('prices with them (made-up tables: prompt-only $4,225 a month, worked in test/kinds/promptOnly)', () => {
    const pricing = core.createPricingRegistry([testLlm, testVectors]);
    const s = kindScenario();
    const r = core.compareWith({ ...s, strategies: { promptOnly: s.strategies.promptOnly } }, { pricing });
    // Prefix 1,500 tokens, half cached: 150 + 1,875 written; input 200; output 2,000.
    expect(r.strategies.map((x) => [x.strategy, x.monthlyTotal.toFixed()])).toEqual([['promptOnly', '4225']]);
    expect(r.run.pricingDataVersion).toBe('custom');
  });
});
