/**
 * The "speed of light": the default scenario's formulas in plain JS `number`s, with the same work
 * shape as `compare` (a light check of the input, each vendor's table resolved at `asOf`, prices read
 * from the tables, line items, totals, every pairwise breakeven and multiple). It is not exact (floats)
 * and handles only what the default scenario uses (OpenAI per-token fine-tune serving, Pinecone
 * serverless metering, no rerank, no overlap); it exists so that every timing can be reported as a
 * ratio to it, measured in the same run, on the same noisy machine.
 */
import { detSqrt } from '../src/_lib/deterministicMath.js';
import { createPrng } from '../src/_lib/prng.js';
import type { PriceTable } from '../src/index.js';

type Strategy = 'fineTune' | 'rag' | 'promptOnly' | 'hybrid';
const IDS: readonly Strategy[] = ['fineTune', 'rag', 'promptOnly', 'hybrid'];

/** intercept + slope × R on [start, next start). */
interface FloatPiecewise {
  starts: number[];
  intercepts: number[];
  slopes: number[];
}

interface FloatLine {
  id: string;
  oneTime: boolean;
  months: number;
  /** Quantity as a function of R. */
  q: FloatPiecewise;
  unitPrice: number;
}

export interface FloatLineItem {
  id: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  monthlyAmount: number;
}

export interface FloatStrategyCost {
  strategy: Strategy;
  monthlyTotal: number;
  lines: FloatLineItem[];
}

export interface FloatBreakeven {
  between: [Strategy, Strategy];
  crossovers: number[];
}

export interface FloatCompareResult {
  strategies: FloatStrategyCost[];
  cheapest: Strategy;
  breakevens: FloatBreakeven[];
  multiples: number[];
}

export interface FloatModel {
  id: Strategy;
  lines: FloatLine[];
  monthly: FloatPiecewise;
}

// biome-ignore lint/suspicious/noExplicitAny: the reference reads the scenario as loose JSON on purpose.
type Loose = any;

const lin = (a: number, b: number): FloatPiecewise => ({ starts: [0], intercepts: [a], slopes: [b] });

function addPw(f: FloatPiecewise, g: FloatPiecewise, k = 1): FloatPiecewise {
  const starts: number[] = [];
  const intercepts: number[] = [];
  const slopes: number[] = [];
  let i = 0;
  let j = 0;
  let at = 0;
  for (;;) {
    starts.push(at);
    intercepts.push(f.intercepts[i]! + k * g.intercepts[j]!);
    slopes.push(f.slopes[i]! + k * g.slopes[j]!);
    const nf = f.starts[i + 1];
    const ng = g.starts[j + 1];
    if (nf === undefined && ng === undefined) break;
    if (ng === undefined || (nf !== undefined && nf < ng)) {
      at = nf!;
      i++;
    } else if (nf === undefined || ng < nf) {
      at = ng;
      j++;
    } else {
      at = nf;
      i++;
      j++;
    }
  }
  return { starts, intercepts, slopes };
}

/** max(0, a + bR) for one linear function (the "top up to the minimum" line). */
function clampLinear(a: number, b: number): FloatPiecewise {
  if (b === 0) return lin(Math.max(a, 0), 0);
  const root = -a / b;
  if (root <= 0) return b > 0 ? lin(a, b) : lin(0, 0);
  return b > 0
    ? { starts: [0, root], intercepts: [0, a], slopes: [0, b] }
    : { starts: [0, root], intercepts: [a, 0], slopes: [b, 0] };
}

function evalPw(fn: FloatPiecewise, r: number): number {
  let i = fn.starts.length - 1;
  while (i > 0 && fn.starts[i]! > r) i--;
  return fn.intercepts[i]! + fn.slopes[i]! * r;
}

const PER: Record<string, number> = { '1': 1, '1K': 1e3, '1M': 1e6 };
const price = (p: Loose): number => Number(p.usd) / PER[p.per ?? '1']!;

function tableAt(tables: readonly PriceTable[], vendor: string, asOf: string): PriceTable {
  let found: PriceTable | undefined;
  for (const t of tables) {
    if (t.vendor === vendor && t.effectiveDate <= asOf && (!found || t.effectiveDate > found.effectiveDate))
      found = t;
  }
  if (!found) throw new Error(`no table for ${vendor}`);
  return found;
}

function modelOf(table: PriceTable, id: string): Loose {
  const m = table.models.find((x) => x.id === id || x.aliases?.includes(id));
  if (!m) throw new Error(`no model ${id}`);
  return m;
}

function count(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Error('bad count');
  return n;
}

function rate(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !(n >= 0 && n <= 1)) throw new Error('bad rate');
  return n;
}

function assemble(id: Strategy, lines: FloatLine[]): FloatModel {
  let monthly = lin(0, 0);
  for (const l of lines) {
    const k = l.unitPrice / (l.oneTime ? l.months : 1);
    monthly = addPw(monthly, l.q, k);
  }
  return { id, lines, monthly };
}

/** Builds the four float models of a default-shaped scenario. */
export function buildFloatModels(scenario: Loose, tables: readonly PriceTable[]): FloatModel[] {
  const w = scenario.workload;
  const instruction = count(w.instructionTokens);
  const input = count(w.inputTokens);
  const output = count(w.outputTokens);
  const horizon = count(scenario.horizonMonths ?? 12);
  const asOf: string = scenario.asOf;
  const st = scenario.strategies;
  const models: FloatModel[] = [];

  // Fine-tune (OpenAI SFT, per-token serving).
  const ft = st.fineTune;
  const ftTable = tableAt(tables, ft.vendor, asOf);
  const ftModel = modelOf(ftTable, ft.model);
  const trainPrice = price(
    ftModel.fineTuning.methods.find((m: Loose) => m.method === (ft.method ?? 'sft')).price,
  );
  const tIn = price(ftModel.fineTuning.tunedInference.input);
  const tOut = price(ftModel.fineTuning.tunedInference.output);
  const trainTokens = count(ft.training.datasetTokens) * count(ft.training.epochs ?? 1);
  const retrain = count(ft.retrainEveryMonths ?? 0);
  const tuned = count(ft.tunedInstructionTokens ?? instruction);
  const evalRequests = count(ft.evaluationRequests ?? 0);
  const fineTuneLines = (prefix: string, uncached: number): FloatLine[] => {
    const months = retrain === 0 ? horizon : retrain;
    const perReq = (tuned + uncached) * tIn + output * tOut;
    return [
      { id: `${prefix}.training`, oneTime: true, months, q: lin(trainTokens, 0), unitPrice: trainPrice },
      {
        id: `${prefix}.serving.input`,
        oneTime: false,
        months: 1,
        q: lin(0, tuned + uncached),
        unitPrice: tIn,
      },
      { id: `${prefix}.serving.output`, oneTime: false, months: 1, q: lin(0, output), unitPrice: tOut },
      { id: `${prefix}.evaluation`, oneTime: true, months, q: lin(evalRequests * perReq, 0), unitPrice: 1 },
    ];
  };
  models.push(assemble('fineTune', fineTuneLines('fineTune', input)));

  // Retrieval (embedding + Pinecone serverless), shared by RAG and hybrid.
  const rag = st.rag;
  const eTable = tableAt(tables, rag.embedding.vendor, asOf);
  const eModel = modelOf(eTable, rag.embedding.model);
  const ePrice = price(eModel.embedding.input);
  const corpus = count(rag.corpusTokens);
  const chunk = count(rag.chunkTokens ?? 512);
  const churn = rate(rag.churnPerMonth ?? 0);
  const topK = count(rag.topK);
  const vectors = Math.ceil(corpus / chunk);
  const vTable = tableAt(tables, rag.vectorDb.vendor, asOf);
  const plan: Loose = vTable.vectorDb!.find((p) => p.id === rag.vectorDb.plan);
  const bytesPerVector = (eModel.embedding.dimensions ?? 1536) * 4;
  const storageGb = (vectors * bytesPerVector) / 1e9;
  const m = plan.metering;
  const readPerQuery = Math.max(Number(m.minReadUnitsPerQuery), storageGb * Number(m.readUnitsPerGbPerQuery));
  const perVector =
    Math.max(Number(m.minWriteUnitsPerRequest), 100 * (bytesPerVector / 1000) * Number(m.writeUnitsPerKb)) /
    100;
  const storagePrice = price(plan.storage);
  const readPrice = price(plan.readUnits);
  const writePrice = price(plan.writeUnits);
  const minimum = price(plan.minimumMonthly);
  const retrieval = (prefix: string): FloatLine[] => {
    const usageA = storageGb * storagePrice + vectors * churn * perVector * writePrice;
    const usageB = readPerQuery * readPrice;
    return [
      {
        id: `${prefix}.embedding.corpus`,
        oneTime: true,
        months: horizon,
        q: lin(corpus, 0),
        unitPrice: ePrice,
      },
      {
        id: `${prefix}.embedding.churn`,
        oneTime: false,
        months: 1,
        q: lin(corpus * churn, 0),
        unitPrice: ePrice,
      },
      { id: `${prefix}.embedding.queries`, oneTime: false, months: 1, q: lin(0, input), unitPrice: ePrice },
      {
        id: `${prefix}.vectorDb.initialWrites`,
        oneTime: true,
        months: horizon,
        q: lin(vectors * perVector, 0),
        unitPrice: writePrice,
      },
      {
        id: `${prefix}.vectorDb.storage`,
        oneTime: false,
        months: 1,
        q: lin(storageGb, 0),
        unitPrice: storagePrice,
      },
      {
        id: `${prefix}.vectorDb.readUnits`,
        oneTime: false,
        months: 1,
        q: lin(0, readPerQuery),
        unitPrice: readPrice,
      },
      {
        id: `${prefix}.vectorDb.churnWrites`,
        oneTime: false,
        months: 1,
        q: lin(vectors * churn * perVector, 0),
        unitPrice: writePrice,
      },
      {
        id: `${prefix}.vectorDb.minimumTopUp`,
        oneTime: false,
        months: 1,
        q: clampLinear(minimum - usageA, -usageB),
        unitPrice: 1,
      },
    ];
  };

  // RAG generation.
  const generation = (prefix: string, g: Loose, prefixTokens: number, uncached: number): FloatLine[] => {
    const t = tableAt(tables, g.vendor, asOf);
    const model = modelOf(t, g.model);
    const h = rate(g.cachedPrefixHitRate ?? 0);
    const hits = prefixTokens * h;
    const out: FloatLine[] = [
      {
        id: `${prefix}.input`,
        oneTime: false,
        months: 1,
        q: lin(0, uncached + prefixTokens - hits),
        unitPrice: price(model.inference.input),
      },
    ];
    if (hits > 0)
      out.push({
        id: `${prefix}.cachedInput`,
        oneTime: false,
        months: 1,
        q: lin(0, hits),
        unitPrice: price(model.inference.cachedInput),
      });
    out.push({
      id: `${prefix}.output`,
      oneTime: false,
      months: 1,
      q: lin(0, output),
      unitPrice: price(model.inference.output),
    });
    return out;
  };
  models.push(
    assemble('rag', [
      ...retrieval('rag'),
      ...generation('rag.generation', rag.generation, instruction, input + topK * chunk),
    ]),
  );

  const po = st.promptOnly;
  models.push(
    assemble('promptOnly', generation('promptOnly', po, instruction + count(po.fewShotTokens), input)),
  );

  const hybridTopK = count(st.hybrid.topK ?? topK);
  models.push(
    assemble('hybrid', [...retrieval('hybrid'), ...fineTuneLines('hybrid', input + hybridTopK * chunk)]),
  );
  return models;
}

/** Every volume where the sign of f − g changes (roots inside segments, or steps). */
export function floatBreakeven(f: FloatPiecewise, g: FloatPiecewise): number[] {
  const d = addPw(f, g, -1);
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < d.starts.length; i++) {
    const s = d.starts[i]!;
    const e = d.starts[i + 1] ?? Number.POSITIVE_INFINITY;
    const a = d.intercepts[i]!;
    const b = d.slopes[i]!;
    const atStart = Math.sign(a + b * s);
    if (last !== 0 && atStart !== 0 && atStart !== last) out.push(s);
    if (atStart !== 0) last = atStart;
    if (b !== 0) {
      const root = -a / b;
      if (root > s && root < e) {
        out.push(root);
        last = Math.sign(b);
      }
    }
  }
  return out;
}

function evaluateModel(model: FloatModel, r: number): FloatStrategyCost {
  let total = 0;
  const lines = model.lines.map((l) => {
    const quantity = evalPw(l.q, r);
    const amount = quantity * l.unitPrice;
    const monthlyAmount = l.oneTime ? amount / l.months : amount;
    total += monthlyAmount;
    return { id: l.id, quantity, unitPrice: l.unitPrice, amount, monthlyAmount };
  });
  return { strategy: model.id, monthlyTotal: total, lines };
}

/** The float twin of `compare(scenario)`. */
export function floatCompare(scenario: Loose, tables: readonly PriceTable[]): FloatCompareResult {
  const models = buildFloatModels(scenario, tables);
  const r = count(scenario.workload.requestsPerMonth);
  const strategies = models.map((m) => evaluateModel(m, r));
  let cheapest = strategies[0]!;
  for (const s of strategies) if (s.monthlyTotal < cheapest.monthlyTotal) cheapest = s;
  const breakevens: FloatBreakeven[] = [];
  const multiples: number[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      breakevens.push({
        between: [IDS[i]!, IDS[j]!],
        crossovers: floatBreakeven(models[i]!.monthly, models[j]!.monthly),
      });
      const a = strategies[i]!.monthlyTotal;
      const b = strategies[j]!.monthlyTotal;
      multiples.push(a < b ? b / a : a / b);
    }
  }
  return { strategies, cheapest: cheapest.strategy, breakevens, multiples };
}

/** The float twin of `breakeven(scenario)` (fine-tune vs RAG). */
export function floatBreakevenOnly(scenario: Loose, tables: readonly PriceTable[]): number[] {
  const models = buildFloatModels(scenario, tables);
  return floatBreakeven(models[0]!.monthly, models[1]!.monthly);
}

/** The float twin of `curve(scenario, { volumes })`: monthly cost of every strategy per volume. */
export function floatCurve(
  scenario: Loose,
  tables: readonly PriceTable[],
  volumes: readonly number[],
): number[][] {
  const models = buildFloatModels(scenario, tables);
  return volumes.map((v) => {
    const r = count(v);
    return models.map((m) => evalPw(m.monthly, r));
  });
}

// ---------------------------------------------------------------------------------------------
// Monte Carlo: the same sampling (generator, inverse-CDF draws, rounding to each field's grid) in
// floats, and each sample priced by re-running the float model: what a plain-number Monte Carlo does.

/** A float distribution of the bench's kinds: uniform, triangular or discrete, on a grid of 10^-decimals. */
export type FloatDistribution =
  | { dist: 'uniform'; low: number; high: number; decimals: number }
  | { dist: 'triangular'; low: number; mode: number; high: number; decimals: number }
  | { dist: 'discrete'; values: number[] };

function floatDraw(d: FloatDistribution, u: number): number {
  if (d.dist === 'discrete') return d.values[Math.min(d.values.length - 1, Math.floor(u * d.values.length))]!;
  const scale = 10 ** d.decimals;
  let x: number;
  if (d.dist === 'uniform') x = d.low + u * (d.high - d.low);
  else {
    const width = d.high - d.low;
    const split = (d.mode - d.low) / width;
    x =
      u < split
        ? d.low + detSqrt(u * width * (d.mode - d.low))
        : d.high - detSqrt((1 - u) * width * (d.high - d.mode));
  }
  return Math.min(d.high, Math.max(d.low, Math.round(x * scale) / scale));
}

function setLoose(target: Loose, path: readonly string[], value: unknown): Loose {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  return { ...target, [key]: setLoose(target?.[key], rest, value) };
}

function firstFloatCrossover(f: FloatPiecewise, g: FloatPiecewise): number | null {
  const all = floatBreakeven(f, g);
  return all.length === 0 ? null : all[0]!;
}

function floatPercentiles(values: Float64Array | number[]): [number, number, number] {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.max(1, Math.ceil((q * sorted.length) / 100)) - 1]!;
  return [at(10), at(50), at(90)];
}

/** The float twin of `simulate(scenario, { samples, seed })` over `inputs` (path → distribution). */
export function floatSimulate(
  scenario: Loose,
  tables: readonly PriceTable[],
  inputs: readonly { path: string; dist: FloatDistribution }[],
  samples: number,
  seed: number,
): {
  costs: [number, number, number][];
  cheapest: number[];
  breakevens: ([number, number, number] | null)[];
  ratios: [number, number, number][];
} {
  const prng = createPrng(seed);
  const paths = inputs.map((i) => i.path.split('.'));
  const n = IDS.length;
  const costs = IDS.map(() => new Float64Array(samples));
  const cheapest = new Array<number>(n).fill(0);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  const crossings = pairs.map(() => [] as number[]);
  const ratios = pairs.map(() => new Float64Array(samples));
  for (let s = 0; s < samples; s++) {
    let sample = scenario;
    inputs.forEach((input, k) => {
      sample = setLoose(sample, paths[k]!, floatDraw(input.dist, prng.next()));
    });
    const models = buildFloatModels(sample, tables);
    const r = count(sample.workload.requestsPerMonth);
    let best = 0;
    models.forEach((m, k) => {
      const c = evalPw(m.monthly, r);
      costs[k]![s] = c;
      if (c < costs[best]![s]!) best = k;
    });
    cheapest[best]!++;
    pairs.forEach(([i, j], p) => {
      const x = firstFloatCrossover(models[i]!.monthly, models[j]!.monthly);
      if (x !== null) crossings[p]!.push(x);
      ratios[p]![s] = costs[i]![s]! / costs[j]![s]!;
    });
  }
  return {
    costs: costs.map(floatPercentiles),
    cheapest,
    breakevens: crossings.map((c) => (c.length === 0 ? null : floatPercentiles(c))),
    ratios: ratios.map(floatPercentiles),
  };
}

/** One candidate of the envelope bench: a default-shaped scenario variant and the kind it prices. */
export interface FloatCandidate {
  readonly scenario: Loose;
  readonly kind: Strategy;
}

/**
 * The float twin of the N-candidate work: build each candidate's model, every pairwise crossover,
 * every candidate's cost at each volume and the cheapest (the envelope) at each volume.
 */
export function floatEnvelope(
  candidates: readonly FloatCandidate[],
  tables: readonly PriceTable[],
  volumes: readonly number[],
): { crossovers: number[][]; cheapest: number[] } {
  const models = candidates.map((c) => buildFloatModels(c.scenario, tables).find((m) => m.id === c.kind)!);
  const crossovers: number[][] = [];
  for (let i = 0; i < models.length; i++)
    for (let j = i + 1; j < models.length; j++)
      crossovers.push(floatBreakeven(models[i]!.monthly, models[j]!.monthly));
  const cheapest = volumes.map((v) => {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    models.forEach((m, k) => {
      const cost = evalPw(m.monthly, v);
      if (cost < bestCost) {
        bestCost = cost;
        best = k;
      }
    });
    return best;
  });
  return { crossovers, cheapest };
}
