import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compareWith } from '../../src/calculate.js';
import { promptOnlyKind, promptOnlySchema } from '../../src/kinds/promptOnly.js';
import { emptyCandidate } from '../../src/spec/specs.js';
import { kindScenario } from '../helpers/kindScenario.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();
const s = kindScenario();
const promptOnly = s.strategies.promptOnly!;

describe('promptOnlyKind', () => {
  it('schema: a generation plus the few-shot block, which is required', () => {
    expect(promptOnlyKind.schema).toBe(promptOnlySchema);
    expect(z.safeParse(promptOnlySchema, promptOnly).success).toBe(true);
    const { fewShotTokens: _dropped, ...without } = promptOnly;
    expect(z.safeParse(promptOnlySchema, without).success).toBe(false);
    expect(z.safeParse(promptOnlySchema, { ...promptOnly, fewShotTokens: -1 }).success).toBe(false);
  });

  it('parse: the base model as `generation`, the few-shot tokens in its spec', () => {
    const c = promptOnlyKind.parse(
      z.parse(promptOnlySchema, promptOnly),
      emptyCandidate('p', 'p', 'promptOnly', 'candidates.p'),
      null as never,
    );
    expect([c.generation!.model, c.generation!.cachedPrefixHitRate.toFixed(), c.fineTune, c.rag]).toEqual([
      'big',
      '0.5',
      null,
      null,
    ]);
    expect(c.spec.fewShotTokens.toFixed()).toBe('1000');
  });

  it('build: the few-shot block joins the instruction as the cached prefix', () => {
    const r = compareWith({ ...s, strategies: { promptOnly } }, { pricing }).strategies[0]!;
    const amounts = Object.fromEntries(r.lines.map((l) => [l.id, l.amount.toFixed()]));
    // Prefix 500 + 1,000 = 1,500 tokens; half read from the cache: 750 × $0.20/1M × 1M = $150;
    // half written to it (5-minute TTL) at $2.50: $1,875. User input 100 × $2 = $200; output 200 × $10 = $2,000.
    expect(amounts).toEqual({
      'promptOnly.input': '200',
      'promptOnly.cacheWrite': '1875',
      'promptOnly.cachedInput': '150',
      'promptOnly.output': '2000',
    });
    // 200 + 1,875 + 150 + 2,000 = 4,225, all per request: no ceiling, nothing one-off.
    expect(r.monthlyTotal.toFixed()).toBe('4225');
    expect(r.oneTimeTotal.toFixed()).toBe('0');
  });

  it('build: without few-shot tokens or cache hits it is the plain base model', () => {
    const plain = { vendor: 'test-llm', model: 'big', fewShotTokens: 0 };
    const r = compareWith({ ...s, strategies: { promptOnly: plain } }, { pricing }).strategies[0]!;
    // (500 + 100) × $2 + 200 × $10 = 1,200 + 2,000 per 1M tokens × 1,000,000 requests.
    expect(r.monthlyTotal.toFixed()).toBe('3200');
  });
});
