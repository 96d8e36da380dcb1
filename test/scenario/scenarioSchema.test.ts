import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { KINDS } from '../../src/kinds/registry.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';
import { MAX_CANDIDATES, scenarioSchema } from '../../src/scenario/scenarioSchema.js';

/** The composed document: shared fields, each kind's schema under `strategies`, candidates, uncertainty. */
const base = defaultScenario();
const accepts = (value: unknown) => z.safeParse(scenarioSchema, value).success;
const paths = (value: unknown) => {
  const r = z.safeParse(scenarioSchema, value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('scenarioSchema', () => {
  it('accepts the default scenario, and the bare minimum: a workload', () => {
    expect(accepts(base)).toBe(true);
    expect(
      accepts({ workload: { requestsPerMonth: 1, instructionTokens: 0, inputTokens: 0, outputTokens: 0 } }),
    ).toBe(true);
    expect(accepts({})).toBe(false);
  });

  it('reads the `strategies` block off the registry: one optional entry per kind, strict', () => {
    const shape = (
      scenarioSchema.shape.strategies as unknown as { _zod: { def: { innerType: z.ZodMiniObject } } }
    )._zod.def.innerType.shape;
    expect(Object.keys(shape)).toEqual(Object.keys(KINDS));
    expect(paths({ ...base, strategies: { ...base.strategies, finetune: {} } })).toEqual(['strategies']);
    // Each kind's entry is checked against its own schema.
    expect(paths({ ...base, strategies: { ...base.strategies, hybrid: { topK: 0 } } })).toEqual([
      'strategies.hybrid.topK',
    ]);
  });

  it('refuses an unknown top-level field and checks the envelope fields', () => {
    expect(paths({ ...base, workloads: {} })).toEqual(['']);
    expect(accepts({ ...base, version: 2 })).toBe(false);
    expect(accepts({ ...base, name: 'n'.repeat(200) })).toBe(true);
    expect(accepts({ ...base, name: 'n'.repeat(201) })).toBe(false);
    expect(accepts({ ...base, asOf: '2026-02-30' })).toBe(false);
    expect(accepts({ ...base, horizonMonths: 0 })).toBe(false);
  });

  it('a currency is a three-capital-letter code, a money rate and a date', () => {
    const currency = { code: 'EUR', rate: '0.92', date: '2026-11-30' };
    expect(accepts({ ...base, currency })).toBe(true);
    expect(accepts({ ...base, currency: { ...currency, code: 'eur' } })).toBe(false);
    expect(accepts({ ...base, currency: { ...currency, rate: 0.92 } })).toBe(false);
  });

  it('holds at most 100 candidates', () => {
    const candidates = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, { extends: 'rag' }]));
    expect(MAX_CANDIDATES).toBe(100);
    expect(accepts({ ...base, candidates: candidates(100) })).toBe(true);
    expect(paths({ ...base, candidates: candidates(101) })).toEqual(['candidates']);
    expect(paths({ ...base, candidates: { '9lives': {} } })).toEqual(['candidates.9lives']);
  });

  it('takes an uncertainty block of distributions', () => {
    expect(accepts({ ...base, uncertainty: { 'rag.topK': { low: 3, base: 5, high: 8 } } })).toBe(true);
    expect(paths({ ...base, uncertainty: { 'rag.topK': { dist: 'normal' } } })[0]).toMatch(
      /^uncertainty\.rag\.topK/,
    );
  });
});
