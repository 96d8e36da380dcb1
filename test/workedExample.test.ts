import { describe, expect, it } from 'vitest';
import { breakeven, compare, defaultScenario, horizon } from '../src/index.js';

/**
 * The worked example of docs/formulas.md: the built-in default scenario on the bundled OpenAI
 * (2025-04-16) and Pinecone (2025-09-01) tables. Every expected number is worked out by hand below;
 * the docs show the same arithmetic.
 *
 * Workload: R = 200,000 requests/month; 600 instruction + 150 input + 250 output = 1,000 tokens.
 */
describe('worked example: the default scenario', () => {
  const result = compare(defaultScenario());
  const byId = Object.fromEntries(result.strategies.map((s) => [s.strategy, s]));
  const line = (strategy: string, id: string) => {
    const found = byId[strategy]!.lines.find((l) => l.id === id);
    if (!found) throw new Error(`no line ${id}`);
    return found;
  };

  it('states the workload in tokens', () => {
    // 200,000 × 1,000 = 200,000,000 workload tokens per month.
    expect(result.run.workloadTokensPerMonth.toFixed()).toBe('200000000');
    expect(result.run.tables).toEqual({ openai: '2025-04-16', pinecone: '2025-09-01' });
  });

  it('fine-tune: gpt-4.1-mini, SFT, re-trained monthly, served per token', () => {
    // Training: 10,000,000 × 3 epochs = 30,000,000 training tokens × $5 / 1M = $150 per run.
    expect(line('fineTune', 'fineTune.training').amount.toFixed()).toBe('150');
    // Re-trained every month: the whole $150 falls in each month.
    expect(line('fineTune', 'fineTune.training').monthlyAmount.toFixed()).toBe('150');
    // Input: (150 user + 80 tuned instruction) × 200,000 = 46,000,000 × $0.80 / 1M = $36.80.
    expect(line('fineTune', 'fineTune.serving.input').quantity.toFixed()).toBe('46000000');
    expect(line('fineTune', 'fineTune.serving.input').amount.toFixed()).toBe('36.8');
    // Output: 250 × 200,000 = 50,000,000 × $3.20 / 1M = $160.
    expect(line('fineTune', 'fineTune.serving.output').amount.toFixed()).toBe('160');
    // Evaluation: 1,000 × (230 × 0.8 + 250 × 3.2) / 1M = 1,000 × $0.000984 = $0.984 per run.
    expect(line('fineTune', 'fineTune.evaluation').amount.toFixed()).toBe('0.984');
    // Monthly: 150 + 36.80 + 160 + 0.984 = $347.784.
    expect(byId.fineTune!.monthlyTotal.toFixed()).toBe('347.784');
    expect(byId.fineTune!.recurringMonthly.toFixed()).toBe('196.8');
    expect(byId.fineTune!.oneTimeTotal.toFixed()).toBe('150.984');
  });

  it('RAG: embeddings, Pinecone with its $50 minimum, gpt-4.1 with retrieved context', () => {
    // Corpus: 20,000,000 × $0.02 / 1M = $0.40 once; spread over 12 months.
    expect(line('rag', 'rag.embedding.corpus').amount.toFixed()).toBe('0.4');
    // Churn: 5% × 20,000,000 = 1,000,000 × $0.02 / 1M = $0.02 a month.
    expect(line('rag', 'rag.embedding.churn').amount.toFixed()).toBe('0.02');
    // Queries: 150 × 200,000 = 30,000,000 × $0.02 / 1M = $0.60.
    expect(line('rag', 'rag.embedding.queries').amount.toFixed()).toBe('0.6');
    // Vectors: ⌈20,000,000 ÷ 512⌉ = ⌈39,062.5⌉ = 39,063; storage 39,063 × 1,536 × 4 B = 0.240003072 GB.
    expect(line('rag', 'rag.vectorDb.storage').quantity.toFixed()).toBe('0.240003072');
    // × $0.33 = $0.07920101376.
    expect(line('rag', 'rag.vectorDb.storage').amount.toFixed()).toBe('0.07920101376');
    // Reads: max(0.25, 0.24 GB × 1) = 0.25 RU × 200,000 = 50,000 RU × $16 / 1M = $0.80.
    expect(line('rag', 'rag.vectorDb.readUnits').amount.toFixed()).toBe('0.8');
    // Writes: max(5, 100 × 6.144 KB) = 614.4 WU per 100 records = 6.144 WU per vector.
    // Initial 39,063 × 6.144 = 240,003.072 WU × $4 / 1M = $0.960012288 once.
    expect(line('rag', 'rag.vectorDb.initialWrites').amount.toFixed()).toBe('0.960012288');
    // Churn writes: 39,063 × 0.05 × 6.144 = 12,000.1536 WU × $4 / 1M = $0.0480006144.
    expect(line('rag', 'rag.vectorDb.churnWrites').amount.toFixed()).toBe('0.0480006144');
    // Usage 0.07920101376 + 0.8 + 0.0480006144 = 0.92720162816 < $50: top-up 49.07279837184.
    expect(line('rag', 'rag.vectorDb.minimumTopUp').amount.toFixed()).toBe('49.07279837184');
    // Generation input: (150 + 5 × 512 + 600 × 0.5 misses) = 3,010 × 200,000 × $2 / 1M = $1,204.
    expect(line('rag', 'rag.generation.input').amount.toFixed()).toBe('1204');
    // Cached: 600 × 0.5 = 300 × 200,000 × $0.50 / 1M = $30; output 50,000,000 × $8 / 1M = $400.
    expect(line('rag', 'rag.generation.cachedInput').amount.toFixed()).toBe('30');
    expect(line('rag', 'rag.generation.output').amount.toFixed()).toBe('400');
    // Recurring: 0.02 + 0.60 + 50 (vector DB at its minimum) + 1,204 + 30 + 400 = $1,684.62.
    expect(byId.rag!.recurringMonthly.toFixed()).toBe('1684.62');
    // One-time: 0.40 + 0.960012288 = 1.360012288, ÷ 12 = 0.1133343573333…
    expect(byId.rag!.oneTimeTotal.toFixed()).toBe('1.360012288');
    expect(byId.rag!.monthlyTotal.toFixed(10)).toBe('1684.7333343573');
  });

  it('prompt-only: gpt-4.1 with a 3,000-token few-shot block, 80% cache hits', () => {
    // Prefix 600 + 3,000 = 3,600; misses 20% = 720 + 150 input = 870 × 200,000 × $2 / 1M = $348.
    // Hits 2,880 × 200,000 × $0.50 / 1M = $288; output $400. Total $1,036.
    expect(byId.promptOnly!.monthlyTotal.toFixed()).toBe('1036');
  });

  it('hybrid: tuned gpt-4.1-mini with the top 3 chunks', () => {
    // Input (150 + 3 × 512 + 80) = 1,766 × 200,000 × $0.80 / 1M = $282.56; output $160;
    // eval 1,000 × (1,766 × 0.8 + 250 × 3.2) / 1M = $2.2128; training $150; retrieval as RAG:
    // 0.02 + 0.60 + 50 and one-time 1.360012288 ÷ 12.
    // Recurring: 282.56 + 160 + 0.02 + 0.60 + 50 = 493.18.
    expect(byId.hybrid!.recurringMonthly.toFixed()).toBe('493.18');
    // Monthly: 493.18 + 150 + 2.2128 (monthly runs) + 1.360012288 ÷ 12 = 645.5061343573…
    expect(byId.hybrid!.monthlyTotal.toFixed(10)).toBe('645.5061343573');
  });

  it('breakeven fine-tune vs RAG at 14,028.47 requests/month, exactly', () => {
    // FT(R) = 150.984 + 0.000984 R. RAG(R) = 50.02 + 0.1133343573… + 0.008173 R while Pinecone
    // usage is under its minimum (RU slope absorbed by the top-up), where
    // 0.008173 = 0.000003 query embedding + 3,010 × 2/1M + 300 × 0.5/1M + 250 × 8/1M.
    // R* = (150.984 − 50.1333343573…) ÷ (0.008173 − 0.000984) = 100.8506656426… ÷ 0.007189.
    // Scaled by 12 to stay exact: 1,210.207987712 ÷ 0.086268.
    const { breakeven: b } = breakeven(defaultScenario(), { between: ['fineTune', 'rag'] });
    expect(b.kind).toBe('crossovers');
    if (b.kind !== 'crossovers') return;
    const [c] = b.crossovers;
    expect(c!.kind).toBe('continuous');
    expect(c!.exact!.numerator.toFixed()).toBe('1210.207987712');
    expect(c!.exact!.denominator.toFixed()).toBe('0.086268');
    expect(c!.requestsPerMonth.toFixed(2)).toBe('14028.47');
    expect(c!.workloadTokensPerMonth.toFixed(0)).toBe('14028469');
    expect(c!.cheaperBelow).toBe('rag');
    expect(c!.cheaperAbove).toBe('fineTune');
  });

  it('multiple at 200,000 requests: RAG is 4.84× dearer than fine-tuning', () => {
    // 1,684.7333… ÷ 347.784 = 4.8441…
    const m = result.multiples.find((x) => x.between[0] === 'fineTune' && x.between[1] === 'rag')!;
    expect(m.kind).toBe('ratio');
    if (m.kind !== 'ratio') return;
    expect(m.cheaper).toBe('fineTune');
    expect(m.times.toFixed(4)).toBe('4.8442');
    expect(result.cheapest).toBe('fineTune');
  });

  it('horizon: training falls in every month; the corpus embedding in month 1 only', () => {
    const h = horizon(defaultScenario(), { months: 3 });
    // Month 1 RAG: recurring 1,684.62 + one-time 1.360012288 = 1,685.980012288; month 2: 1,684.62.
    expect(h.months[0]!.costs.rag!.toFixed()).toBe('1685.980012288');
    expect(h.months[1]!.costs.rag!.toFixed()).toBe('1684.62');
    // Fine-tune pays 196.80 + 150.984 = 347.784 every month (re-trained monthly).
    expect(h.months[2]!.cumulative.fineTune!.toFixed()).toBe('1043.352');
  });
});
