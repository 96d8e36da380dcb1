import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';

/**
 * The built-in scenario, priced with the bundled tables as of 2026-11-30 (google-vertex 2026-10-07):
 * Gemini 2.5 Flash $0.30 input, $0.03 cached input, $2.50 output per 1M tokens; tuned the same;
 * SFT $5 per 1M training tokens.
 */
describe('defaultScenario', () => {
  it('states what its doc comment says: the volume, the request shape, the date', () => {
    const s = defaultScenario();
    expect([s.asOf, s.horizonMonths, s.version]).toEqual(['2026-11-30', 12, 1]);
    expect(s.workload).toEqual({
      requestsPerMonth: 200_000,
      instructionTokens: 600,
      inputTokens: 150,
      outputTokens: 250,
    });
    expect(Object.keys(s.strategies)).toEqual(['fineTune', 'rag', 'promptOnly', 'hybrid']);
  });

  it('generates with the same model on every route, like with like', () => {
    const s = defaultScenario().strategies;
    const models = [
      [s.fineTune!.vendor, s.fineTune!.model],
      [s.rag!.generation.vendor, s.rag!.generation.model],
      [s.promptOnly!.vendor, s.promptOnly!.model],
    ];
    expect(new Set(models.map((m) => m.join('/')))).toEqual(new Set(['google-vertex/gemini-2.5-flash']));
  });

  it('returns a fresh copy each call: changing one does not change the next', () => {
    const a = defaultScenario();
    a.workload.requestsPerMonth = 1;
    a.strategies.rag!.topK = 9;
    const b = defaultScenario();
    expect(b.workload.requestsPerMonth).toBe(200_000);
    expect(b.strategies.rag!.topK).toBe(5);
    expect(b).not.toBe(a);
  });

  it('parses without an issue', () => {
    expect(parseScenario(defaultScenario()).candidates.map((c) => c.name)).toEqual([
      'fineTune',
      'rag',
      'promptOnly',
      'hybrid',
    ]);
  });

  it('prices the fine-tune and the prompt-only route to the figures worked by hand', () => {
    const totals = Object.fromEntries(
      compare(defaultScenario()).strategies.map((c) => [c.strategy, c.monthlyTotal.toFixed()]),
    );
    // Fine-tune, re-trained monthly: 10,000,000 × 3 epochs × $5/1M = $150.
    // Serving 200,000 requests: (150 input + 80 tuned instruction) = 230 × $0.30 = 69 and
    // 250 × $2.50 = 625 per 1M requests → (69 + 625) × 0.2 = 138.8. The 1,000-request evaluation
    // after each training: (69 + 625) × 0.001 = 0.694. 150 + 138.8 + 0.694 = 289.494.
    expect(totals.fineTune).toBe('289.494');
    // Prompt-only: prefix 600 + 3,000 = 3,600; 80% hits = 2,880 × $0.03 = 86.4; misses 720 + 150
    // input = 870 × $0.30 = 261; output 625 (per 1M requests). (86.4 + 261 + 625) × 0.2 = 194.48.
    expect(totals.promptOnly).toBe('194.48');
  });
});
