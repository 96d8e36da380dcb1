import { describe, expect, it } from 'vitest';
import { strategyIdOf } from '../../src/cli/resolveScenarioPath.js';
import { breakeven, compare, type ScenarioInput } from '../../src/index.js';

/**
 * The long-context strategy: the knowledge base in every prompt, read from the prompt cache, instead
 * of retrieval. Added through the strategy registry (src/strategyKinds.ts), its builder
 * (src/kinds/longContext.ts: schema, converter and builder); reports, CLI names and labels follow.
 *
 * Claude Haiku 4.5 (Anthropic 2026-11-09): $1 input, $1.25 5-minute cache write, $0.10 cache read,
 * $5 output per 1M tokens. R = 1,000 requests; 200 instruction + 100 input + 300 output tokens.
 */
const scenario = (extra: Record<string, unknown> = {}): ScenarioInput =>
  ({
    asOf: '2026-11-30',
    workload: { requestsPerMonth: 1000, instructionTokens: 200, inputTokens: 100, outputTokens: 300 },
    strategies: {
      longContext: {
        vendor: 'anthropic',
        model: 'claude-haiku-4-5',
        contextTokens: 100_000,
        cachedPrefixHitRate: '0.9',
      },
      ...extra,
    },
  }) as ScenarioInput;

describe('long context with prompt caching', () => {
  it('prices the cached knowledge base, its cache writes, the input and the output', () => {
    const cost = compare(scenario()).strategies[0]!;
    expect(cost.strategy).toBe('longContext');
    expect(cost.label).toBe('Long context (cached)');
    const amount = (id: string) => cost.lines.find((l) => l.id === `longContext.${id}`)!.amount.toFixed();
    // Prefix 200 + 100,000 = 100,200; hits 0.9 × 100,200 = 90,180 × 1,000 = 90,180,000 × $0.10 / 1M.
    expect(amount('cachedInput')).toBe('9.018');
    // Misses 10,020 written to the cache: 10,020,000 × $1.25 / 1M = $12.525.
    expect(amount('cacheWrite')).toBe('12.525');
    // Input 100 × 1,000 = 100,000 × $1 / 1M = $0.10; output 300,000 × $5 / 1M = $1.50.
    expect(amount('input')).toBe('0.1');
    expect(amount('output')).toBe('1.5');
    // 9.018 + 12.525 + 0.10 + 1.50 = 23.143.
    expect(cost.monthlyTotal.toFixed()).toBe('23.143');
  });

  it('takes part in breakevens like any strategy, and has a CLI name', () => {
    // Prompt-only with a 3,000-token block on the same model: 3,200 prefix, 90% hits:
    // per request 2,880 × 0.10 + 320 × 1.25 + 100 × 1 + 300 × 5 = 288 + 400 + 100 + 1,500 = 2,288 per 1M
    // → $0.002288; long context: (90,180 × 0.10 + 10,020 × 1.25 + 100 + 1,500) / 1M = $0.023143.
    // Both are linear through 0: never equal, prompt-only cheaper at every volume.
    const both = scenario({
      promptOnly: {
        vendor: 'anthropic',
        model: 'claude-haiku-4-5',
        fewShotTokens: 3000,
        cachedPrefixHitRate: '0.9',
      },
    });
    const { breakeven: b } = breakeven(both, { between: ['promptOnly', 'longContext'] });
    expect(b).toMatchObject({ kind: 'never', cheaper: 'promptOnly' });
    expect(
      compare(both)
        .strategies.find((s) => s.strategy === 'promptOnly')!
        .monthlyTotal.toFixed(),
    ).toBe('2.288');
    expect(strategyIdOf('long-context')).toBe('longContext');
  });

  it('a retired model closes the route like any other', () => {
    const old = scenario();
    const closed = compare({
      ...old,
      strategies: {
        ...old.strategies,
        longContext: { vendor: 'anthropic', model: 'claude-3-haiku', contextTokens: 100_000 },
        promptOnly: { vendor: 'anthropic', model: 'claude-haiku-4-5', fewShotTokens: 0 },
      },
    } as ScenarioInput);
    // Claude 3 Haiku left the Anthropic API on 2026-04-20.
    expect(closed.run.unavailable.map((u) => [u.strategy, u.error.code, u.error.offering!.date])).toEqual([
      ['longContext', 'offering_ended', '2026-04-20'],
    ]);
  });

  it('refuses a request larger than the context window, naming both numbers', () => {
    // Claude Haiku 4.5's window is 200,000 tokens (Anthropic's model page). A request holds
    // instruction 200 + context + input 100 + output 300: with 199,400 of context that is exactly
    // 200,000 (priced); with 199,401 it is 200,001 (refused).
    expect(compare(scenario()).strategies.length).toBe(1);
    const fits = { ...scenario().strategies!.longContext!, contextTokens: 199_400 };
    expect(compare({ ...scenario(), strategies: { longContext: fits } }).strategies).toHaveLength(1);
    const over = { ...fits, contextTokens: 199_401 };
    let error: { code: string; path: string; message: string } | undefined;
    try {
      compare({ ...scenario(), strategies: { longContext: over } });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.code).toBe('context_window_exceeded');
    expect(error?.path).toBe('strategies.longContext.contextTokens');
    expect(error?.message).toContain('200,001 tokens');
    expect(error?.message).toContain('context window of 200,000 tokens');
  });

  it('says when the table does not state the window', () => {
    const r = compare({
      ...scenario(),
      strategies: {
        longContext: { vendor: 'google-vertex', model: 'gemini-2.5-flash', contextTokens: 1000 },
      },
    });
    expect(r.assumptions.some((a) => a.includes('context window is not in the table'))).toBe(true);
  });
});
