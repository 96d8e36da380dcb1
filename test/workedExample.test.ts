import { describe, expect, it } from 'vitest';
import { breakeven, compare, defaultScenario, horizon } from '../src/index.js';

/**
 * The worked example of docs/formulas.md: the built-in default scenario on the bundled Google Vertex
 * (2026-10-07) and Pinecone (2026-06-09) tables, as of 2026-11-30. Every expected number is worked
 * out by hand below; the docs show the same arithmetic.
 *
 * Workload: R = 200,000 requests/month; 600 instruction + 150 input + 250 output = 1,000 tokens.
 * Gemini 2.5 Flash: $0.30 input, $0.03 cached input, $2.50 output per 1M tokens; tuned served at the
 * same prices; SFT $5 per 1M training tokens; gemini-embedding-001 $0.15 per 1M tokens.
 */
describe('worked example: the default scenario', () => {
  const result = compare(defaultScenario());
  const byId = Object.fromEntries(result.strategies.map((s) => [s.strategy, s]));
  const line = (strategy: string, id: string) => {
    const found = byId[strategy]!.lines.find((l) => l.id === id);
    if (!found) throw new Error(`no line ${id}`);
    return found;
  };

  it('states the workload in tokens and the tables it used', () => {
    // 200,000 × 1,000 = 200,000,000 workload tokens per month.
    expect(result.run.workloadTokensPerMonth.toFixed()).toBe('200000000');
    expect(result.run.tables).toEqual({ 'google-vertex': '2026-10-07', pinecone: '2026-06-09' });
    // Every route can be bought on 2026-11-30.
    expect(result.run.unavailable).toEqual([]);
    // 2026-10-07 → 2026-11-30 = 24 + 30 days = 54; 2026-06-09 → 2026-11-30 = 21 + 31 + 31 + 30 + 31 + 30 = 174.
    expect(result.run.tableAges.map((t) => [t.vendor, t.ageDays])).toEqual([
      ['google-vertex', 54],
      ['pinecone', 174],
    ]);
  });

  it('fine-tune: Gemini 2.5 Flash, SFT, re-trained monthly, served per token', () => {
    // Training: 10,000,000 × 3 epochs = 30,000,000 training tokens × $5 / 1M = $150 per run.
    expect(line('fineTune', 'fineTune.training').amount.toFixed()).toBe('150');
    // Re-trained every month: the whole $150 falls in each month.
    expect(line('fineTune', 'fineTune.training').monthlyAmount.toFixed()).toBe('150');
    // Input: (150 user + 80 tuned instruction) × 200,000 = 46,000,000 × $0.30 / 1M = $13.80.
    expect(line('fineTune', 'fineTune.serving.input').quantity.toFixed()).toBe('46000000');
    expect(line('fineTune', 'fineTune.serving.input').amount.toFixed()).toBe('13.8');
    // Output: 250 × 200,000 = 50,000,000 × $2.50 / 1M = $125.
    expect(line('fineTune', 'fineTune.serving.output').amount.toFixed()).toBe('125');
    // Evaluation: 1,000 × (230 × 0.30 + 250 × 2.50) / 1M = 1,000 × (69 + 625) / 1M = $0.694 per run.
    expect(line('fineTune', 'fineTune.evaluation').amount.toFixed()).toBe('0.694');
    // Monthly: 150 + 13.80 + 125 + 0.694 = $289.494.
    expect(byId.fineTune!.monthlyTotal.toFixed()).toBe('289.494');
    expect(byId.fineTune!.recurringMonthly.toFixed()).toBe('138.8');
    expect(byId.fineTune!.oneTimeTotal.toFixed()).toBe('150.694');
  });

  it('RAG: embeddings, Pinecone with its $50 minimum, Gemini 2.5 Flash with retrieved context', () => {
    // Corpus: 20,000,000 × $0.15 / 1M = $3.00 once; spread over 12 months.
    expect(line('rag', 'rag.embedding.corpus').amount.toFixed()).toBe('3');
    // Churn: 5% × 20,000,000 = 1,000,000 × $0.15 / 1M = $0.15 a month.
    expect(line('rag', 'rag.embedding.churn').amount.toFixed()).toBe('0.15');
    // Queries: 150 × 200,000 = 30,000,000 × $0.15 / 1M = $4.50.
    expect(line('rag', 'rag.embedding.queries').amount.toFixed()).toBe('4.5');
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
    // Generation input: (150 + 5 × 512 + 600 × 0.5 misses) = 3,010 × 200,000 × $0.30 / 1M = $180.60.
    expect(line('rag', 'rag.generation.input').amount.toFixed()).toBe('180.6');
    // Cached: 600 × 0.5 = 300 × 200,000 × $0.03 / 1M = $1.80; output 50,000,000 × $2.50 / 1M = $125.
    expect(line('rag', 'rag.generation.cachedInput').amount.toFixed()).toBe('1.8');
    expect(line('rag', 'rag.generation.output').amount.toFixed()).toBe('125');
    // Recurring: 0.15 + 4.50 + 50 (vector DB at its minimum) + 180.60 + 1.80 + 125 = $362.05.
    expect(byId.rag!.recurringMonthly.toFixed()).toBe('362.05');
    // One-time: 3 + 0.960012288 = 3.960012288, ÷ 12 = 0.330001024.
    expect(byId.rag!.oneTimeTotal.toFixed()).toBe('3.960012288');
    expect(byId.rag!.monthlyTotal.toFixed()).toBe('362.380001024');
  });

  it('prompt-only: Gemini 2.5 Flash with a 3,000-token few-shot block, 80% cache hits', () => {
    // Prefix 600 + 3,000 = 3,600; misses 20% = 720 + 150 input = 870 × 200,000 × $0.30 / 1M = $52.20.
    // Hits 2,880 × 200,000 × $0.03 / 1M = $17.28; output $125. Total $194.48.
    expect(byId.promptOnly!.monthlyTotal.toFixed()).toBe('194.48');
  });

  it('hybrid: tuned Gemini 2.5 Flash with the top 3 chunks', () => {
    // Input (150 + 3 × 512 + 80) = 1,766 × 200,000 × $0.30 / 1M = $105.96; output $125;
    // eval 1,000 × (1,766 × 0.30 + 250 × 2.50) / 1M = $1.1548; training $150; retrieval as RAG:
    // 0.15 + 4.50 + 50 and one-time 3.960012288 ÷ 12.
    // Recurring: 105.96 + 125 + 0.15 + 4.50 + 50 = 285.61.
    expect(byId.hybrid!.recurringMonthly.toFixed()).toBe('285.61');
    // Monthly: 285.61 + 150 + 1.1548 (monthly runs) + 3.960012288 ÷ 12 = 437.094801024.
    expect(byId.hybrid!.monthlyTotal.toFixed()).toBe('437.094801024');
  });

  it('breakeven fine-tune vs RAG at 115,787.40 requests/month, exactly', () => {
    // FT(R) = 150.694 + 0.000694 R. RAG(R) = 50.15 + 0.330001024 + 0.0015595 R while Pinecone
    // usage is under its minimum (RU slope absorbed by the top-up), where
    // 0.0015595 = 0.0000225 query embedding + 3,010 × 0.30/1M + 300 × 0.03/1M + 250 × 2.50/1M.
    // R* = (150.694 − 50.480001024) ÷ (0.0015595 − 0.000694) = 100.213998976 ÷ 0.0008655.
    // Scaled by 12 to stay exact: 1,202.567987712 ÷ 0.010386 = 115,787.4049…
    const { breakeven: b } = breakeven(defaultScenario(), { between: ['fineTune', 'rag'] });
    expect(b.kind).toBe('crossovers');
    if (b.kind !== 'crossovers') return;
    const [c] = b.crossovers;
    expect(c!.kind).toBe('continuous');
    expect(c!.exact!.numerator.toFixed()).toBe('1202.567987712');
    expect(c!.exact!.denominator.toFixed()).toBe('0.010386');
    expect(c!.requestsPerMonth.toFixed(2)).toBe('115787.40');
    expect(c!.workloadTokensPerMonth.toFixed(0)).toBe('115787405');
    expect(c!.cheaperBelow).toBe('rag');
    expect(c!.cheaperAbove).toBe('fineTune');
  });

  it('multiple at 200,000 requests: RAG is 1.25× dearer than fine-tuning; prompt-only is cheapest', () => {
    // 362.380001024 ÷ 289.494 = 1.25177…
    const m = result.multiples.find((x) => x.between[0] === 'fineTune' && x.between[1] === 'rag')!;
    expect(m.kind).toBe('ratio');
    if (m.kind !== 'ratio') return;
    expect(m.cheaper).toBe('fineTune');
    expect(m.times.toFixed(4)).toBe('1.2518');
    // 194.48 < 289.494 < 362.38… < 437.09…
    expect(result.cheapest).toBe('promptOnly');
  });

  it('horizon: training falls in every month; the corpus embedding in month 1 only', () => {
    const h = horizon(defaultScenario(), { months: 3 });
    // Month 1 RAG: recurring 362.05 + one-time 3.960012288 = 366.010012288; month 2: 362.05.
    expect(h.months[0]!.costs.rag!.toFixed()).toBe('366.010012288');
    expect(h.months[1]!.costs.rag!.toFixed()).toBe('362.05');
    // Fine-tune pays 138.80 + 150.694 = 289.494 every month (re-trained monthly): 3 × = 868.482.
    expect(h.months[2]!.cumulative.fineTune!.toFixed()).toBe('868.482');
    expect(h.closures).toEqual([]);
  });
});
