/**
 * The claims check: rules of thumb buyers repeat, evaluated over a stated grid of scenarios on the
 * bundled tables as of 2026-11-30 (fixed, so the report changes only when the tables or this grid
 * do). `renderClaims()` returns docs/claims.md; scripts/build-claims.ts writes or checks it, and
 * test/claims.test.ts fails when the checked-in file is stale.
 */
import type { Dec } from '../src/decimal.js';
import { PRICING_DATA_VERSION, type ScenarioInput, safeCompare } from '../src/index.js';

const AS_OF = '2026-11-30';

/** One request of the grid: a support answer with a system prompt. W = 1,000 workload tokens. */
const WORKLOAD = { instructionTokens: 600, inputTokens: 150, outputTokens: 250 } as const;
const W = 1000;

/** Token volumes (workload tokens/month) the claims about volume are evaluated at. */
const SMALL_VOLUMES = [1_000_000, 3_000_000, 10_000_000];

interface TuneRoute {
  readonly name: string;
  readonly fineTune: Record<string, unknown>;
}

/** Tuned routes a new customer can buy on 2026-11-30, with their own training and serving. */
const TUNE_ROUTES: readonly TuneRoute[] = [
  {
    name: 'Vertex Gemini 2.5 Flash, per token',
    fineTune: { vendor: 'google-vertex', model: 'gemini-2.5-flash', serving: { mode: 'per_token' } },
  },
  {
    name: 'Vertex Gemini 2.5 Flash-Lite, per token',
    fineTune: { vendor: 'google-vertex', model: 'gemini-2.5-flash-lite', serving: { mode: 'per_token' } },
  },
  {
    name: 'Together Llama 3.1 8B LoRA on one H100',
    fineTune: {
      vendor: 'together',
      model: 'llama-3.1-8b-instruct',
      variant: 'lora',
      serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
    },
  },
  {
    name: 'Together Llama 3.1 8B LoRA, served by Bedrock Custom Model Import (autoscaled)',
    fineTune: {
      vendor: 'together',
      model: 'llama-3.1-8b-instruct',
      variant: 'lora',
      serving: {
        mode: 'capacity',
        vendor: 'aws-bedrock',
        model: 'llama-3-1-8b-instruct',
        option: 'custom-model-import',
        autoscale: { requestsPerCopyPerMonth: 1_500_000, minCopies: 1, maxCopies: 1000 },
      },
    },
  },
];

/** The fine-tuning lifecycle: a 10M-token dataset, 2 epochs, re-trained monthly or quarterly, evaluated, monitored. */
const LIFECYCLES = [
  { name: 'monthly', retrainEveryMonths: 1 },
  { name: 'quarterly', retrainEveryMonths: 3 },
] as const;

function lifecycle(route: TuneRoute, retrainEveryMonths: number): Record<string, unknown> {
  return {
    ...route.fineTune,
    training: { datasetTokens: 10_000_000, epochs: 2 },
    retrainEveryMonths,
    evaluationRequests: 1000,
    tunedInstructionTokens: 80,
    lifecycle: { monitoring: { evaluationRequestsPerMonth: 500 } },
  };
}

/** RAG with a base model: the same generation model family as the tuned Gemini routes. */
const RAG_ROUTES = [
  {
    name: 'Gemini 2.5 Flash + Pinecone Standard',
    rag: {
      embedding: { vendor: 'google-vertex', model: 'gemini-embedding-001' },
      corpusTokens: 20_000_000,
      churnPerMonth: '0.05',
      topK: 5,
      vectorDb: { vendor: 'pinecone', plan: 'standard', dimensions: 1536 },
      generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash', cachedPrefixHitRate: '0.5' },
    },
  },
  {
    name: 'Gemini 2.5 Flash-Lite + Pinecone Builder',
    rag: {
      embedding: { vendor: 'google-vertex', model: 'gemini-embedding-001' },
      corpusTokens: 20_000_000,
      churnPerMonth: '0.05',
      topK: 5,
      vectorDb: { vendor: 'pinecone', plan: 'builder', dimensions: 768 },
      generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash-lite', cachedPrefixHitRate: '0.5' },
    },
  },
] as const;

function scenario(requests: number, strategies: Record<string, unknown>): ScenarioInput {
  return {
    asOf: AS_OF,
    horizonMonths: 12,
    workload: { requestsPerMonth: requests, ...WORKLOAD },
    strategies,
  } as ScenarioInput;
}

function usd(x: Dec): string {
  const [int, frac] = x.toFixed(2).split('.');
  return `$${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

function tokens(n: number | Dec): string {
  const v = typeof n === 'number' ? n : Number(n.toFixed(0));
  if (v >= 1e9) return `${(v / 1e9).toFixed(v % 1e9 === 0 ? 0 : 2)}B`;
  if (v >= 1e6) return `${(v / 1e6).toFixed(v % 1e6 === 0 ? 0 : 1)}M`;
  return v.toLocaleString('en-US');
}

interface Verdict {
  /** The range of the computed figure over the grid, in words. */
  readonly range?: string;
  readonly holds: number;
  readonly total: number;
  readonly rows: string[][];
  readonly notPriced: string[];
}

function table(header: readonly string[], rows: readonly string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Claim 1: RAG + a base model is 5–10× cheaper than the fine-tuning lifecycle under 10M tokens/month. */
function claimRagCheaperSmall(): Verdict {
  const ratios: Dec[] = [];
  const rows: string[][] = [];
  const notPriced: string[] = [];
  let holds = 0;
  let total = 0;
  for (const volume of SMALL_VOLUMES) {
    for (const rag of RAG_ROUTES) {
      for (const route of TUNE_ROUTES) {
        for (const life of LIFECYCLES) {
          const r = safeCompare(
            scenario(volume / W, { rag: rag.rag, fineTune: lifecycle(route, life.retrainEveryMonths) }),
          );
          if (!r.success) {
            notPriced.push(
              `${tokens(volume)}: ${rag.name} vs ${route.name} (${life.name}): ${r.error.detail}`,
            );
            continue;
          }
          const ft = r.data.strategies.find((s) => s.strategy === 'fineTune')!.monthlyTotal;
          const rg = r.data.strategies.find((s) => s.strategy === 'rag')!.monthlyTotal;
          const times = ft.div(rg);
          ratios.push(times);
          const ok = inFiveToTen(times);
          total += 1;
          if (ok) holds += 1;
          rows.push([
            tokens(volume),
            rag.name,
            `${route.name}, re-trained ${life.name}`,
            usd(rg),
            usd(ft),
            times.gte(1)
              ? `RAG ${times.toFixed(2)}× cheaper`
              : `fine-tune ${ft.isZero() ? '∞' : rg.div(ft).toFixed(2)}× cheaper`,
            fiveToTen(times, 'fine-tuning is cheaper', 'RAG only'),
          ]);
        }
      }
    }
  }
  return {
    holds,
    total,
    rows,
    notPriced,
    range: rangeOf(ratios, (x) => `${x.toFixed(2)}×`, 'fine-tune ÷ RAG'),
  };
}

/** The band claims 1 and 3 state: 5 to 10 times cheaper, both ends included. */
function inFiveToTen(times: Dec): boolean {
  return times.gte(5) && times.lte(10);
}

/** A 5–10× claim's verdict for one case: holds, or why not (the other side cheaper, too little, too much). */
function fiveToTen(times: Dec, otherCheaper: string, tooLittle: string): string {
  if (inFiveToTen(times)) return 'holds';
  if (times.lt(1)) return `fails: ${otherCheaper}`;
  if (times.lt(5)) return `fails: ${tooLittle} ${times.toFixed(2)}× cheaper`;
  return `fails: ${times.toFixed(2)}×, beyond 10×`;
}

/** Modal's H100 rate in its 2026-09-27 table, $0.001097 a second, as USD per hour. */
const H100_HOUR = '3.9492';

/** GPU-hours of one retrieval-tuning job (an assumption: no vendor lists a price for it). */
const RETRIEVAL_TUNING_HOURS = [1, 4] as const;

/** The reranker both sides of claim 3 retrieve with, so the difference is the tuning alone. */
const RERANK = { vendor: 'voyage', model: 'rerank-2.5', candidates: 20 } as const;

/**
 * Claim 3: tuning embeddings + rerank is 5–10× cheaper than tuning the LLM. The LLM's tuning is the
 * fine-tune's one-time lines a month (training runs and the evaluation after each); retrieval
 * tuning's is what it adds to the same RAG (training both models, re-embedding and re-upserting the
 * corpus at every training), both re-trained at the same cadence.
 */
function claimRetrievalTuning(): Verdict {
  const ratios: Dec[] = [];
  const rows: string[][] = [];
  const notPriced: string[] = [];
  let holds = 0;
  let total = 0;
  const volume = 10_000_000;
  for (const rag of RAG_ROUTES) {
    const withRerank = { ...rag.rag, rerank: RERANK };
    for (const route of TUNE_ROUTES) {
      for (const life of LIFECYCLES) {
        for (const hours of RETRIEVAL_TUNING_HOURS) {
          const block = {
            datasetTokens: 2_000_000,
            hours,
            retrainEveryMonths: life.retrainEveryMonths,
            prices: { trainingHour: H100_HOUR },
          };
          const r = safeCompare(
            scenario(volume / W, {
              rag: withRerank,
              fineTune: lifecycle(route, life.retrainEveryMonths),
              retrievalTuning: { ...withRerank, embeddingTuning: block, rerankTuning: block },
            }),
          );
          if (!r.success) {
            notPriced.push(`${rag.name} vs ${route.name} (${life.name}): ${r.error.detail}`);
            continue;
          }
          const cost = (id: string) => r.data.strategies.find((x) => x.strategy === id)!;
          const ft = cost('fineTune');
          const llmTuning = ft.lines
            .filter((l) => l.timing === 'one_time')
            .reduce((sum, l) => sum.plus(l.monthlyAmount), ft.monthlyTotal.minus(ft.monthlyTotal));
          const rt = cost('retrievalTuning').monthlyTotal;
          const retrievalTuning = rt.minus(cost('rag').monthlyTotal);
          const times = llmTuning.div(retrievalTuning);
          ratios.push(times);
          const ok = inFiveToTen(times);
          total += 1;
          if (ok) holds += 1;
          rows.push([
            rag.name,
            `${route.name}, re-trained ${life.name}`,
            `${hours} h`,
            usd(retrievalTuning),
            usd(llmTuning),
            `${times.toFixed(2)}×`,
            `${usd(rt)} vs ${usd(ft.monthlyTotal)}`,
            fiveToTen(times, 'tuning the LLM is cheaper', 'only'),
          ]);
        }
      }
    }
  }
  return {
    holds,
    total,
    rows,
    notPriced,
    range: rangeOf(ratios, (x) => `${x.toFixed(2)}×`, 'LLM tuning ÷ retrieval tuning'),
  };
}

/** Claim 2: fine-tuning starts to win at 100M+ tokens/month on smaller tuned models. */
function claimFineTuneWinsLarge(): Verdict {
  const rows: string[][] = [];
  const notPriced: string[] = [];
  let holds = 0;
  let total = 0;
  const small = TUNE_ROUTES;
  for (const rag of RAG_ROUTES) {
    for (const route of small) {
      for (const life of LIFECYCLES) {
        const r = safeCompare(
          scenario(100_000, { rag: rag.rag, fineTune: lifecycle(route, life.retrainEveryMonths) }),
        );
        if (!r.success) {
          notPriced.push(`${rag.name} vs ${route.name} (${life.name}): ${r.error.detail}`);
          continue;
        }
        const b = r.data.breakevens.find((x) => x.between.includes('fineTune') && x.between.includes('rag'))!;
        total += 1;
        // The first volume from which fine-tuning is cheaper, in workload tokens per month.
        let from: Dec | null = null;
        let note = '';
        if (b.kind === 'crossovers') {
          const first = b.crossovers.find((c) => c.cheaperAbove === 'fineTune');
          from = first?.workloadTokensPerMonth ?? null;
          const back = b.crossovers.find(
            (c) =>
              c.cheaperAbove === 'rag' &&
              (first === undefined || c.requestsPerMonth.gt(first.requestsPerMonth)),
          );
          if (back) note = `; RAG cheaper again from ${tokens(back.workloadTokensPerMonth)}`;
        } else if (b.kind === 'never' && b.cheaper === 'fineTune') {
          from = null;
          note = 'fine-tune cheaper at every volume';
        }
        const range = b.range.toRequestsPerMonth;
        const ceiling = range === null ? '' : ` (searched up to ${tokens(range.times(W))})`;
        const ok = from?.gte(100_000_000) === true;
        if (ok) holds += 1;
        rows.push([
          rag.name,
          `${route.name}, re-trained ${life.name}`,
          from === null ? (note === '' ? `never${ceiling}` : note) : `${tokens(from)}${note}`,
          ok
            ? 'holds'
            : from === null
              ? note === ''
                ? 'fails: fine-tuning never wins'
                : 'fails: wins at any volume'
              : `fails: wins from ${tokens(from)}, below 100M`,
        ]);
      }
    }
  }
  return { holds, total, rows, notPriced };
}

/** Claim 4: a fine-tuning training run costs $500–$50,000. */
function claimTrainingRun(): Verdict {
  const routes = [
    { name: 'Vertex Gemini 2.5 Flash-Lite', ft: { vendor: 'google-vertex', model: 'gemini-2.5-flash-lite' } },
    { name: 'Vertex Gemini 2.5 Flash', ft: { vendor: 'google-vertex', model: 'gemini-2.5-flash' } },
    { name: 'Vertex Gemini 2.5 Pro', ft: { vendor: 'google-vertex', model: 'gemini-2.5-pro' } },
    {
      name: 'Together Llama 3.1 8B LoRA',
      ft: {
        vendor: 'together',
        model: 'llama-3.1-8b-instruct',
        variant: 'lora',
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      },
    },
    {
      name: 'Together Llama 3.1 70B LoRA',
      ft: {
        vendor: 'together',
        model: 'llama-3.1-70b-instruct',
        variant: 'lora',
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      },
    },
    {
      name: 'Fireworks Llama 3.1 8B LoRA',
      ft: {
        vendor: 'fireworks',
        model: 'llama-v3p1-8b-instruct',
        variant: 'lora',
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      },
    },
  ];
  const datasets = [1_000_000, 10_000_000, 100_000_000];
  const runs: Dec[] = [];
  const epochs = [1, 3];
  const rows: string[][] = [];
  const notPriced: string[] = [];
  let holds = 0;
  let total = 0;
  for (const route of routes) {
    for (const d of datasets) {
      for (const e of epochs) {
        const r = safeCompare(
          scenario(1000, { fineTune: { ...route.ft, training: { datasetTokens: d, epochs: e } } }),
        );
        if (!r.success) {
          notPriced.push(`${route.name}, ${tokens(d)} × ${e}: ${r.error.detail}`);
          continue;
        }
        const lines = r.data.strategies[0]!.lines.filter((l) => l.id.startsWith('fineTune.training'));
        const run = lines.reduce((acc, l) => acc.plus(l.amount), lines[0]!.amount.minus(lines[0]!.amount));
        runs.push(run);
        const ok = run.gte(500) && run.lte(50_000);
        total += 1;
        if (ok) holds += 1;
        rows.push([
          route.name,
          `${tokens(d)} × ${e}`,
          usd(run),
          ok
            ? 'holds'
            : run.lt(500)
              ? `fails: ${usd(run.neg().plus(500))} below $500`
              : `fails: ${usd(run.minus(50_000))} above $50,000`,
        ]);
      }
    }
  }
  return { holds, total, rows, notPriced, range: rangeOf(runs, usd, 'one run') };
}

/** Claim 5: vector DB hosting costs $50–$5,000 a month. */
function claimVectorDb(): Verdict {
  const plans = [
    { name: 'Pinecone Standard', db: { vendor: 'pinecone', plan: 'standard' } },
    { name: 'Pinecone Builder', db: { vendor: 'pinecone', plan: 'builder' } },
    { name: 'turbopuffer Launch', db: { vendor: 'turbopuffer', plan: 'launch' } },
    { name: 'turbopuffer Scale', db: { vendor: 'turbopuffer', plan: 'scale' } },
    {
      name: 'RDS pgvector db.t4g.medium',
      db: { vendor: 'aws-rds', plan: 'single-az-gp3', instance: 'db.t4g.medium' },
    },
  ];
  const corpora = [10_000_000, 100_000_000, 1_000_000_000];
  const volumes = [100_000, 1_000_000, 10_000_000];
  const months: Dec[] = [];
  const rows: string[][] = [];
  const notPriced: string[] = [];
  let holds = 0;
  let total = 0;
  for (const plan of plans) {
    for (const corpus of corpora) {
      for (const requests of volumes) {
        const r = safeCompare(
          scenario(requests, {
            rag: {
              embedding: { vendor: 'google-vertex', model: 'gemini-embedding-001' },
              corpusTokens: corpus,
              churnPerMonth: '0.05',
              topK: 5,
              vectorDb: { ...plan.db, dimensions: 1536 },
              generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash' },
            },
          }),
        );
        if (!r.success) {
          notPriced.push(
            `${plan.name}, ${tokens(corpus)} corpus, ${tokens(requests)} requests: ${r.error.detail}`,
          );
          continue;
        }
        const lines = r.data.strategies[0]!.lines.filter((l) => l.id.startsWith('rag.vectorDb.'));
        // The monthly view: recurring lines plus the first upsert spread over the 12-month horizon.
        const month = lines.reduce(
          (acc, l) => acc.plus(l.monthlyAmount),
          lines[0]!.amount.minus(lines[0]!.amount),
        );
        months.push(month);
        const ok = month.gte(50) && month.lte(5000);
        total += 1;
        if (ok) holds += 1;
        rows.push([
          plan.name,
          tokens(corpus),
          tokens(requests),
          usd(month),
          ok
            ? 'holds'
            : month.lt(50)
              ? `fails: ${usd(month.neg().plus(50))} below $50`
              : `fails: ${usd(month.minus(5000))} above $5,000`,
        ]);
      }
    }
  }
  return { holds, total, rows, notPriced, range: rangeOf(months, usd, 'vector DB a month') };
}

function rangeOf(values: readonly Dec[], show: (x: Dec) => string, what: string): string {
  if (values.length === 0) return '';
  let lo = values[0]!;
  let hi = values[0]!;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return `Over the grid, ${what} ranges from ${show(lo)} to ${show(hi)}.`;
}

function section(title: string, claim: string, grid: string, v: Verdict, header: readonly string[]): string {
  const parts = [
    `## ${title}`,
    '',
    `> ${claim}`,
    '',
    `**Grid.** ${grid}`,
    '',
    `**Result: holds in ${v.holds} of ${v.total} priced cases.**${v.range ? ` ${v.range}` : ''}`,
    '',
    table(header, v.rows),
  ];
  if (v.notPriced.length > 0) {
    parts.push('', 'Not priced (the route cannot serve this case):', '', ...v.notPriced.map((n) => `- ${n}`));
  }
  return parts.join('\n');
}

/** docs/claims.md, generated. */
export function renderClaims(): string {
  const c1 = claimRagCheaperSmall();
  const c2 = claimFineTuneWinsLarge();
  const c3 = claimRetrievalTuning();
  const volume3 = 10_000_000;
  const c4 = claimTrainingRun();
  const c5 = claimVectorDb();
  const routes = TUNE_ROUTES.map((r) => r.name).join('; ');
  const rags = RAG_ROUTES.map((r) => r.name).join('; ');
  return `${[
    '# Claims check',
    '',
    '<!-- Generated by `npm run claims:build` (scripts/claims.ts); test/claims.test.ts fails when it is stale. Do not edit. -->',
    '',
    `Rules of thumb buyers repeat, evaluated on the bundled price tables (dataset ${PRICING_DATA_VERSION}) as of ${AS_OF}, over the grid each section states. A claim "holds" in a case when the computed figure falls in the claimed range; otherwise the case says by how much it misses. Every request is ${WORKLOAD.instructionTokens} instruction + ${WORKLOAD.inputTokens} input + ${WORKLOAD.outputTokens} output = ${W} workload tokens, so tokens/month = requests/month × ${W}.`,
    '',
    `The fine-tuning lifecycle in claims 1 and 2: a 10M-token dataset × 2 epochs, re-trained monthly or quarterly, a 1,000-request evaluation after each training, 500 drift-monitoring requests a month, a tuned prompt of 80 tokens. Tuned routes: ${routes}. RAG routes (20M-token corpus, 5% churn, top 5 chunks of 512 tokens, half the prompts cached): ${rags}. Monthly totals spread one-time costs (docs/formulas.md).`,
    '',
    section(
      '1. "RAG + a base model is 5–10× cheaper than the fine-tuning lifecycle under 10M tokens/month"',
      'RAG + base model: 5–10× cheaper than the fine-tuning lifecycle below 10M tokens/month.',
      `${SMALL_VOLUMES.map((v) => tokens(v)).join(', ')} tokens/month × ${RAG_ROUTES.length} RAG routes × ${TUNE_ROUTES.length} tuned routes × ${LIFECYCLES.length} re-training cadences. Holds when fine-tune ÷ RAG is between 5 and 10.`,
      c1,
      ['tokens/month', 'RAG', 'fine-tune', 'RAG USD/month', 'fine-tune USD/month', 'multiple', 'verdict'],
    ),
    '',
    section(
      '2. "Fine-tuning starts to win at 100M+ tokens/month on smaller tuned models"',
      'Fine-tuning becomes cheaper than RAG from about 100M tokens/month, on smaller tuned models.',
      `${RAG_ROUTES.length} RAG routes × ${TUNE_ROUTES.length} small tuned routes × ${LIFECYCLES.length} cadences; the exact breakeven of the monthly totals (docs/formulas.md). Holds when the first volume from which fine-tuning is cheaper is 100M tokens/month or more.`,
      c2,
      ['RAG', 'fine-tune', 'fine-tune cheaper from (tokens/month)', 'verdict'],
    ),
    '',
    section(
      '3. "Tuning embeddings + rerank is 5–10× cheaper than tuning the LLM"',
      'Tuning the retrieval side (embedding model and reranker) is 5–10× cheaper than tuning the LLM.',
      `${RAG_ROUTES.length} RAG routes with Voyage rerank-2.5 on 20 candidates × ${TUNE_ROUTES.length} tuned routes × ${LIFECYCLES.length} cadences × ${RETRIEVAL_TUNING_HOURS.join(' or ')} GPU-hours per retrieval tuning job, at ${tokens(volume3)} tokens/month. No vendor lists a price for tuning an embedding model or reranker (docs/formulas.md, "Retrieval tuning"), so each job is assumed to take that many hours on one H100 at Modal's table rate ($0.001097 a second = $${H100_HOUR} an hour), on a 2M-token dataset; the embedding model and the reranker are each tuned, re-trained at the LLM's cadence, and served at their base prices. LLM tuning = the fine-tune's training runs and evaluations a month; retrieval tuning = what the retrieval-tuning route adds to the same RAG (both jobs, and re-embedding and re-upserting the corpus at every training). Holds when LLM tuning ÷ retrieval tuning is between 5 and 10. The last column compares the whole routes a month (retrieval tuning vs fine-tune).`,
      c3,
      [
        'RAG',
        'fine-tune',
        'job',
        'retrieval tuning / month',
        'LLM tuning / month',
        'multiple',
        'whole routes',
        'verdict',
      ],
    ),
    '',
    section(
      '4. "A fine-tuning training run costs $500–$50,000"',
      'One fine-tuning training run costs between $500 and $50,000.',
      'Six tuning routes open on 2026-11-30 × datasets of 1M, 10M and 100M tokens × 1 or 3 epochs; one run = the training line(s) with any per-job minimum, without evaluation or serving.',
      c4,
      ['route', 'dataset × epochs', 'one run', 'verdict'],
    ),
    '',
    section(
      '5. "Vector DB hosting costs $50–$5,000/month"',
      'Hosting the vectors of a RAG system costs between $50 and $5,000 a month.',
      'Five vector stores × corpora of 10M, 100M and 1B tokens (512-token chunks, 1,536 dimensions, 5% churn) × 100K, 1M and 10M queries a month; the monthly vector-database lines (storage, reads, writes, instance, plan fee or minimum; the first upsert spread over 12 months), without embeddings or generation.',
      c5,
      ['store', 'corpus', 'queries/month', 'USD/month', 'verdict'],
    ),
    '',
  ].join('\n')}`;
}
