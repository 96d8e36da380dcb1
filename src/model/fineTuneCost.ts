import { didYouMeanText } from '../_lib/didYouMean.js';
import { formatExact } from '../_lib/formatExact.js';
import { constant } from '../_lib/piecewise.js';
import { D, type Dec, ONE, ZERO } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type {
  CapacityOption,
  HardwareEntry,
  ModelEntry,
  PriceTable,
  TrainingOption,
} from '../pricing/priceTableSchema.js';
import type { PricingRegistry } from '../pricing/registry.js';
import { billedSeconds } from '../pricing/units.js';
import type { FineTune, Scenario, Serving } from '../spec/specs.js';
import { type CopyThroughput, sizeCopies } from './capacityCopies.js';
import { inferenceLines, pricedLine, type RequestTokens, usdLine } from './lines.js';
import {
  findModel,
  type PriceContext,
  requireUnit,
  resolvePrice,
  SECONDS_PER,
  unitPrice,
} from './resolvePrice.js';
import { tableFor } from './tableFor.js';
import { resolveTunedTokenPrices } from './tokenPrices.js';
import type { LineDef, PriceRef, TokenBuckets } from './types.js';

/** The fine-tune side of a strategy (fine-tune alone, or the generation half of hybrid). */
export interface FineTuneParts {
  readonly lines: LineDef[];
  readonly buckets: TokenBuckets;
  readonly maxRequestsPerMonth: Dec | null;
  readonly notes: string[];
}

function notOffered(table: PriceTable, model: string, PATH: string): never {
  const tunable = table.models.filter((m) => m.fineTuning !== undefined).map((m) => m.id);
  throw new TuneOrRagError(
    'fine_tuning_not_offered',
    tunable.length === 0
      ? `${table.name} does not fine-tune models`
      : `${table.name} does not fine-tune "${model}"; models it can tune: ${tunable.join(', ')}`,
    { path: `${PATH}.model` },
  );
}

function pickTrainingOption(table: PriceTable, model: ModelEntry, ft: FineTune): TrainingOption {
  const PATH = ft.path;
  const methods = model.fineTuning!.methods;
  const byMethod = methods.filter((o) => o.method === ft.method);
  const offered = methods.map((o) => (o.variant ? `${o.method}/${o.variant}` : o.method)).join(', ');
  if (byMethod.length === 0) {
    throw new TuneOrRagError(
      'option_not_offered',
      `${table.name} offers no ${ft.method} training for ${model.id}; offered: ${offered}`,
      { path: `${PATH}.method` },
    );
  }
  const matches = byMethod.filter(
    (o) => ft.variant === null || o.variant === undefined || o.variant === ft.variant,
  );
  if (matches.length === 0) {
    throw new TuneOrRagError(
      'option_not_offered',
      `${table.name} offers no ${ft.method}/${ft.variant} training for ${model.id}; offered: ${offered}`,
      { path: `${PATH}.variant` },
    );
  }
  if (matches.length > 1) {
    throw new TuneOrRagError(
      'invalid_input',
      `${model.id} has ${ft.method} training as ${matches.map((o) => o.variant).join(' or ')}: choose one with \`variant\``,
      { path: `${PATH}.variant` },
    );
  }
  return matches[0]!;
}

interface ResolvedTraining {
  readonly ref: PriceRef;
  readonly minimum: PriceRef | null;
  readonly label: string;
}

/** A vendor that does not fine-tune: `offering_ended` when it stopped on a date, else `fine_tuning_not_offered`. */
function refuseClosedVendor(
  table: PriceTable,
  ft0: Extract<PriceTable['fineTuning'], { offered: false }>,
  PATH: string,
): never {
  if (ft0.endedOn !== undefined) {
    throw new TuneOrRagError(
      'offering_ended',
      `${table.name} fine-tuning ended on ${ft0.endedOn}: ${ft0.reason}${ft0.successor ? `; the vendor's successor: ${ft0.successor}` : ''}`,
      {
        path: `${PATH}.vendor`,
        offering: {
          offering: `${table.name} fine-tuning`,
          vendor: table.vendor,
          date: ft0.endedOn,
          successor: ft0.successor ?? '',
          sourceUrl: ft0.source === undefined ? '' : (table.sources[ft0.source]?.url ?? ''),
        },
      },
    );
  }
  throw new TuneOrRagError(
    'fine_tuning_not_offered',
    `${table.name} does not offer fine-tuning: ${ft0.reason}`,
    { path: `${PATH}.vendor` },
  );
}

/**
 * Builds the fine-tune lines: training (per token or by time) and its per-job minimum, the evaluation
 * run, model storage, and serving (per token at the tuned price, or capacity billed by time).
 *
 * @param request - The tuned model's request shape (hybrid adds retrieved context to the input).
 */
export function fineTuneParts(
  scenario: Scenario,
  ft: FineTune,
  registry: PricingRegistry,
  idPrefix: string,
  labelPrefix: string,
  request: { readonly uncachedInput: Dec; readonly uncachedBasis: string },
  tables: Record<string, string>,
): FineTuneParts {
  const PATH = ft.path;
  const table = tableFor(registry, ft.vendor, scenario.asOf, `${PATH}.vendor`, tables);
  if (!table.fineTuning.offered) refuseClosedVendor(table, table.fineTuning, ft.path);
  const known = table.models.find((m) => m.id === ft.model || m.aliases?.includes(ft.model));
  const byo = table.bringYourOwnModel === true && (known === undefined || known.fineTuning === undefined);
  if (!byo && known === undefined) {
    const tunable = table.models.filter((m) => m.fineTuning !== undefined).map((m) => m.id);
    throw new TuneOrRagError(
      'unknown_model',
      `unknown model "${ft.model}" at ${table.name}.${didYouMeanText(
        ft.model,
        table.models.flatMap((m) => [m.id, ...(m.aliases ?? [])]),
      )} Models it can tune: ${tunable.join(', ') || 'none'}`,
      { path: `${PATH}.model` },
    );
  }
  if (!byo && known?.fineTuning === undefined) notOffered(table, ft.model, ft.path);
  const model = known;
  const subject = model?.id ?? ft.model;
  const ctx: PriceContext = { table, subject, overridePath: `${PATH}.prices`, overrides: ft.prices };

  const route: TunedRoute = {
    scenario,
    ft,
    registry,
    idPrefix,
    labelPrefix,
    request,
    tables,
    table,
    model,
    byo,
    ctx,
    recurs: { recursEveryMonths: ft.retrainEveryMonths },
  };
  refuseImportAtTrainingVendor(route);
  const training = trainingLines(route);
  const serving = servingLines(route);
  const notes = [...training.notes, ...serving.notes];
  if (model?.fineTuning?.note) notes.push(`${table.name}: ${model.fineTuning.note}`);
  return {
    lines: [...training.lines, ...serving.lines, ...storageLines(route)],
    buckets: serving.buckets,
    maxRequestsPerMonth: serving.maxRequestsPerMonth,
    notes,
  };
}

/** A tuned route resolved once: the vendor's table, the model (or a bring-your-own one), prices. */
interface TunedRoute {
  readonly scenario: Scenario;
  readonly ft: FineTune;
  readonly registry: PricingRegistry;
  readonly idPrefix: string;
  readonly labelPrefix: string;
  readonly request: { readonly uncachedInput: Dec; readonly uncachedBasis: string };
  readonly tables: Record<string, string>;
  readonly table: PriceTable;
  readonly model: ModelEntry | undefined;
  readonly byo: boolean;
  readonly ctx: PriceContext;
  readonly recurs: { readonly recursEveryMonths: number | null };
}

/** Lines and notes, what every builder returns. */
interface Built {
  readonly lines: LineDef[];
  readonly notes: string[];
}

/**
 * Custom Model Import serves weights trained elsewhere: picked at the vendor that would train them,
 * the vendor's own training and storage would be charged as if it had trained them. Refused, with
 * the form that names both vendors.
 */
function refuseImportAtTrainingVendor(route: TunedRoute): void {
  const PATH = route.ft.path;
  const { ft, table, model } = route;
  const serving = ft.serving;
  if (serving?.mode !== 'capacity' || (serving.vendor !== null && serving.vendor !== table.vendor)) return;
  const option = model?.fineTuning?.capacity?.find((o) => o.id === serving.option);
  if (option?.importedWeights !== true) return;
  throw new TuneOrRagError(
    'invalid_input',
    `${table.name} ${option.name} serves weights trained elsewhere, so ${table.name}'s training and storage do not apply: set \`${PATH}.vendor\` and \`${PATH}.model\` to where you train, and \`${PATH}.serving\` to { mode: "capacity", vendor: "${table.vendor}", model: "${model!.id}", option: "${option.id}" }`,
    { path: `${PATH}.serving.vendor` },
  );
}

/** The training price chosen for a route, and whether validation tokens are billed with it. */
interface TrainingChoice {
  readonly training: ResolvedTraining;
  readonly validationBilled: boolean;
  readonly notes: string[];
}

/** Bring-your-own-model vendors (Modal, Replicate): training billed by the hardware the user names. */
function byoTraining(route: TunedRoute): TrainingChoice {
  const PATH = route.ft.path;
  const { ft, table, ctx } = route;
  const t = ft.training;
  if (t.hardware === null) {
    throw new TuneOrRagError(
      'invalid_input',
      `${table.name} trains on hardware you choose: pass \`${PATH}.training.hardware\`, one of ${(table.hardware ?? []).map((h) => h.id).join(', ')}`,
      { path: `${PATH}.training.hardware` },
    );
  }
  const hw = findHardware(table, t.hardware, `${PATH}.training.hardware`);
  return {
    training: {
      ref: resolvePrice(ctx, 'training', `hardware.${hw.id}.price`, hw.price, { unit: 'hour', per: '1' }),
      minimum: null,
      label: `Training on ${hw.name}`,
    },
    validationBilled: false,
    notes: [],
  };
}

/** A vendor's training method for the model: per training token, or by GPU time (Fireworks RFT). */
function tableTraining(route: TunedRoute): TrainingChoice {
  const PATH = route.ft.path;
  const { ft, table, model, ctx } = route;
  const t = ft.training;
  const option = pickTrainingOption(table, model!, ft);
  const validationBilled =
    option.billsValidationTokens ??
    (table.fineTuning.offered && table.fineTuning.billsValidationTokens === true);
  const item = `fineTuning.methods.${option.method}${option.variant ? `-${option.variant}` : ''}`;
  // A method billed by GPU time at the vendor's on-demand rates (Fireworks RFT) is priced from
  // the hardware the user says the job runs on.
  if (t.hardware !== null && option.price.unit === 'training_token') {
    throw new TuneOrRagError(
      'invalid_input',
      `${table.name} prices ${option.method} training for ${model!.id} per training token, not by hardware: remove \`${PATH}.training.hardware\``,
      { path: `${PATH}.training.hardware` },
    );
  }
  const hw =
    t.hardware !== null && ctx.overrides.training === undefined
      ? findHardware(table, t.hardware, `${PATH}.training.hardware`)
      : null;
  const training: ResolvedTraining = {
    ref: hw
      ? resolvePrice(ctx, 'training', `hardware.${hw.id}.price`, hw.price, { unit: 'hour', per: '1' })
      : resolvePrice(ctx, 'training', `${item}.price`, option.price, { unit: 'training_token', per: '1M' }),
    minimum:
      option.minimumCharge === undefined && ctx.overrides.minimumCharge === undefined
        ? null
        : resolvePrice(ctx, 'minimumCharge', `${item}.minimumCharge`, option.minimumCharge, {
            unit: 'job',
            per: '1',
          }),
    label: `Training (${option.method.toUpperCase()}${option.variant ? ` ${option.variant}` : ''}${hw ? ` on ${hw.name}` : ''})`,
  };
  const notes = option.note ? [`${table.name} ${model!.id} training: ${option.note}`] : [];
  return { training, validationBilled, notes };
}

/** The tokens of one training run, and how to describe them. */
interface TrainingRun {
  readonly route: TunedRoute;
  readonly training: ResolvedTraining;
  /** Dataset × epochs, plus validation × passes (what a job priced by time spends its time on). */
  readonly processedTokens: Dec;
  readonly processedBasis: string;
  /** The tokens the vendor bills per token (validation only where it says it bills them). */
  readonly billableTokens: Dec;
  readonly epochsBasis: string;
}

/** Training priced per training token. */
function perTokenTrainingLine(run: TrainingRun): { line: LineDef; cost: Dec } {
  const { route, training, billableTokens, epochsBasis } = run;
  const line = pricedLine(
    {
      id: `${route.idPrefix}.training`,
      label: `${route.labelPrefix}: ${training.label}`,
      quantity: constant(billableTokens),
      quantityUnit: 'training tokens',
      basis: `${epochsBasis}, per run`,
      oneTime: route.recurs,
    },
    training.ref,
  );
  return { line, cost: billableTokens.times(unitPrice(training.ref)) };
}

/** Training priced by time: hours, or processed tokens ÷ tokens per second, billed in increments. */
function timedTrainingLine(run: TrainingRun): { line: LineDef; cost: Dec } {
  const PATH = run.route.ft.path;
  const { route, training, processedTokens, processedBasis } = run;
  const { table, idPrefix, labelPrefix, recurs } = route;
  const t = route.ft.training;
  requireUnit(
    training.ref,
    ['second', 'minute', 'hour'],
    `${PATH}.training`,
    'a training price must be per token or per unit of time',
  );
  let seconds: Dec;
  let how: string;
  if (t.hours !== null) {
    seconds = t.hours.times(3600);
    how = `${formatExact(t.hours)} hours`;
  } else if (t.tokensPerSecond !== null) {
    seconds = processedTokens.div(t.tokensPerSecond).ceil();
    how = `(${processedBasis}) ÷ ${formatExact(t.tokensPerSecond)} tokens/s`;
  } else {
    throw new TuneOrRagError(
      'invalid_input',
      `${table.name} bills training by time (${training.ref.unit}): pass \`${PATH}.training.hours\` or \`${PATH}.training.tokensPerSecond\``,
      { path: `${PATH}.training.hours` },
    );
  }
  const billed = billedSeconds(seconds, training.ref.billingIncrementSeconds);
  const quantity = billed.times(t.gpus).div(SECONDS_PER[training.ref.unit]!);
  const line = pricedLine(
    {
      id: `${idPrefix}.training`,
      label: `${labelPrefix}: ${training.label}`,
      quantity: constant(quantity),
      quantityUnit: `${training.ref.unit}s`,
      basis: `${how}, billed as ${formatExact(billed)} s × ${formatExact(t.gpus)} GPU(s), per run`,
      oneTime: recurs,
    },
    training.ref,
  );
  return { line, cost: quantity.times(unitPrice(training.ref)) };
}

/** The per-job minimum: the difference to the training cost when that is below it. */
function minimumTopUpLines(route: TunedRoute, training: ResolvedTraining, trainingCost: Dec): LineDef[] {
  if (training.minimum === null) return [];
  const minimum = unitPrice(training.minimum);
  if (!minimum.gt(trainingCost)) return [];
  return [
    usdLine(
      {
        id: `${route.idPrefix}.training.minimum`,
        label: `${route.labelPrefix}: per-job minimum top-up`,
        quantity: constant(minimum.minus(trainingCost)),
        quantityUnit: 'USD',
        basis: `minimum charge $${formatExact(minimum)} − training $${formatExact(trainingCost)}, per run`,
        oneTime: route.recurs,
      },
      training.minimum,
    ),
  ];
}

/**
 * Training per run: per training token (validation tokens where the vendor bills them) or by time
 * on GPUs, with a per-job minimum top-up; recurring when re-trained.
 */
function trainingLines(route: TunedRoute): Built {
  const { table, ft } = route;
  const t = ft.training;
  const choice = route.byo ? byoTraining(route) : tableTraining(route);
  const { training, validationBilled } = choice;
  const notes = [...choice.notes];
  const validation = t.validationTokens.times(t.evalPasses);
  const datasetPasses = t.datasetTokens.times(t.epochs);
  const validationPart = ` + ${formatExact(t.validationTokens)} validation tokens × ${formatExact(t.evalPasses)} passes`;
  const datasetPart = `${formatExact(t.datasetTokens)} dataset tokens × ${formatExact(t.epochs)} epochs`;
  const processedTokens = datasetPasses.plus(validation);
  const processedBasis = `${datasetPart}${validation.isZero() ? '' : validationPart}`;
  if (!validation.isZero() && !validationBilled && training.ref.unit === 'training_token') {
    notes.push(
      `${table.name} bills dataset tokens × epochs; it does not say it bills validation tokens, so the ${formatExact(validation)} validation tokens per run are not priced.`,
    );
  }
  const run: TrainingRun = {
    route,
    training,
    processedTokens,
    processedBasis,
    billableTokens: validationBilled ? processedTokens : datasetPasses,
    epochsBasis: validationBilled ? processedBasis : datasetPart,
  };
  const priced = training.ref.unit === 'training_token' ? perTokenTrainingLine(run) : timedTrainingLine(run);
  return { lines: [priced.line, ...minimumTopUpLines(route, training, priced.cost)], notes };
}

/** The tuned model's request shape for serving. */
function servedTokens(route: TunedRoute): RequestTokens {
  const { ft, request, scenario } = route;
  return {
    prefix: ft.tunedInstructionTokens,
    prefixHitRate: ft.cachedPrefixHitRate,
    uncachedInput: request.uncachedInput,
    uncachedBasis: request.uncachedBasis,
    output: scenario.workload.outputTokens,
  };
}

/** Per-token serving: the tuned model's token prices, and the evaluation run at those prices. */
function perTokenServing(route: TunedRoute, tokens: RequestTokens): Built & { buckets: TokenBuckets } {
  const { ft, table, model, byo, ctx, recurs, idPrefix, labelPrefix } = route;
  const tuned = model?.fineTuning?.tunedInference;
  if (tuned === undefined) defaultCapacityError(table, model, byo, ft.path);
  const prices = resolveTunedTokenPrices(ctx, tuned, ft.cachedPrefixHitRate);
  const inference = inferenceLines(`${idPrefix}.serving`, `${labelPrefix}: tuned model`, tokens, prices);
  const lines: LineDef[] = [...inference.lines];
  const perRequest = inference.lines.reduce(
    (acc, line) => acc.plus(line.quantity.slopes[0]!.times(line.unitPrice)),
    ZERO,
  );
  lines.push(...driftLines(route, perRequest));
  if (!ft.evaluationRequests.isZero()) {
    lines.push(
      usdLine(
        {
          id: `${idPrefix}.evaluation`,
          label: `${labelPrefix}: evaluation run`,
          quantity: constant(ft.evaluationRequests.times(perRequest)),
          quantityUnit: 'USD',
          basis: `${formatExact(ft.evaluationRequests)} requests × $${formatExact(perRequest)} per request at the tuned-model prices, per run`,
          oneTime: recurs,
        },
        null,
      ),
    );
  }
  return { lines, notes: [], buckets: inference.buckets };
}

/** Serving the tuned model: per token at its prices, or capacity billed by time (plus tokens where the vendor adds them). */
function servingLines(route: TunedRoute): Built & {
  buckets: TokenBuckets;
  maxRequestsPerMonth: Dec | null;
} {
  const { ft, table, model, byo } = route;
  const tokens = servedTokens(route);
  const serving: Serving =
    ft.serving ??
    (model?.fineTuning?.tunedInference
      ? { mode: 'per_token' }
      : defaultCapacityError(table, model, byo, ft.path));
  if (serving.mode === 'per_token') {
    const perToken = perTokenServing(route, tokens);
    return {
      ...perToken,
      lines: [...perToken.lines, ...ownMonitoringLines(route)],
      maxRequestsPerMonth: null,
    };
  }
  const capacity = capacityLines(route, serving, tokens);
  const lines = [...capacity.lines];
  const notes = [...capacity.notes];
  let buckets: TokenBuckets;
  if (capacity.plusTokens) {
    // A hosting fee on top of per-token prices (Azure OpenAI deployments of tuned models).
    const perToken = perTokenServing(route, tokens);
    lines.push(...perToken.lines);
    buckets = perToken.buckets;
  } else {
    buckets = {
      input: tokens.prefix.plus(tokens.uncachedInput),
      cachedInput: ZERO,
      cacheWrite: ZERO,
      output: tokens.output,
    };
    if (
      !ft.evaluationRequests.isZero() ||
      !(ft.lifecycle?.monitoring?.evaluationRequestsPerMonth.isZero() ?? true)
    ) {
      notes.push(
        'The evaluation run uses the provisioned capacity, which is billed by time already: no extra line.',
      );
    }
  }
  lines.push(...ownMonitoringLines(route));
  return { lines, notes, buckets, maxRequestsPerMonth: capacity.maxRequestsPerMonth };
}

/** Drift monitoring: evaluation requests a month through the tuned model at its token prices. */
function driftLines(route: TunedRoute, perRequest: Dec): LineDef[] {
  const { ft, idPrefix, labelPrefix } = route;
  const drift = ft.lifecycle?.monitoring?.evaluationRequestsPerMonth;
  if (drift === undefined || drift.isZero()) return [];
  return [
    usdLine(
      {
        id: `${idPrefix}.monitoring.evaluation`,
        label: `${labelPrefix}: drift monitoring`,
        quantity: constant(drift.times(perRequest)),
        quantityUnit: 'USD',
        basis: `${formatExact(drift)} evaluation requests a month × $${formatExact(perRequest)} per request at the tuned-model prices`,
      },
      null,
    ),
  ];
}

/** The user's own monthly monitoring figure (people, tools), when given. */
function ownMonitoringLines(route: TunedRoute): LineDef[] {
  const { ft, idPrefix, labelPrefix } = route;
  const own = ft.lifecycle?.monitoring?.usdPerMonth;
  if (own === undefined || own === null) return [];
  return [
    usdLine(
      {
        id: `${idPrefix}.monitoring.own`,
        label: `${labelPrefix}: monitoring (your figure)`,
        quantity: constant(own),
        quantityUnit: 'USD',
        basis: `your figure, \`${ft.path}.lifecycle.monitoring.usdPerMonth\`: $${formatExact(own)} a month`,
      },
      null,
    ),
  ];
}

/** Storage of the tuned model, per model-month, where the vendor charges it. */
function storageLines(route: TunedRoute): LineDef[] {
  const { model, ctx, idPrefix, labelPrefix } = route;
  const lines: LineDef[] = [];
  const storageEntry = model?.fineTuning?.storage;
  if (storageEntry !== undefined || ctx.overrides.storage !== undefined) {
    const ref = resolvePrice(ctx, 'storage', 'fineTuning.storage', storageEntry, { unit: 'month', per: '1' });
    lines.push(
      pricedLine(
        {
          id: `${idPrefix}.storage`,
          label: `${labelPrefix}: tuned-model storage`,
          quantity: constant(ONE),
          quantityUnit: 'model-months',
          basis: 'one tuned model stored all month',
        },
        ref,
      ),
    );
  }
  return lines;
}

function defaultCapacityError(
  table: PriceTable,
  model: ModelEntry | undefined,
  byo: boolean,
  PATH: string,
): never {
  const options = [
    ...(model?.fineTuning?.capacity ?? []).map((o) => o.id),
    ...(byo || model?.fineTuning?.dedicatedHardware ? (table.hardware ?? []).map((h) => h.id) : []),
  ];
  throw new TuneOrRagError(
    'option_not_offered',
    `${table.name} serves tuned ${model?.id ?? 'models'} on capacity billed by time, not per token: set \`${PATH}.serving\` to { mode: "capacity", option: ${options.map((o) => `"${o}"`).join(' | ') || '…'} }`,
    { path: `${PATH}.serving` },
  );
}

function findHardware(table: PriceTable, id: string, path: string): HardwareEntry {
  const hw = table.hardware?.find((h) => h.id === id);
  if (hw === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      `${table.name} has no hardware "${id}"; choose one of ${(table.hardware ?? []).map((h) => h.id).join(', ') || '(none)'}`,
      { path },
    );
  }
  return hw;
}

type CapacityServing = Extract<Serving, { mode: 'capacity' }>;

/** The capacity option a serving names, at the training vendor or the one it names, and its price. */
interface CapacityChoice {
  readonly table: PriceTable;
  readonly option: CapacityOption | HardwareEntry;
  /** The table's capacity option, or null for hardware. */
  readonly capacity: CapacityOption | null;
  readonly ctx: PriceContext;
  /** `fineTuning.capacity.<id>.price` or `hardware.<id>.price`. */
  readonly item: string;
  readonly ref: PriceRef;
}

function pickCapacity(route: TunedRoute, serving: CapacityServing): CapacityChoice {
  const PATH = route.ft.path;
  const { scenario, ft, registry, table: trainingTable, model, byo, tables } = route;
  const path = `${PATH}.serving`;
  const elsewhere = serving.vendor !== null && serving.vendor !== trainingTable.vendor;
  const table = elsewhere
    ? tableFor(registry, serving.vendor!, scenario.asOf, `${path}.vendor`, tables)
    : trainingTable;
  // Served elsewhere: the capacity options of the named model there (Custom Model Import sizes
  // depend on the architecture), plus that vendor's hardware.
  const servingModel =
    elsewhere && serving.model !== null ? findModel(table, serving.model, 'chat', `${path}.model`) : model;
  const own: CapacityOption[] =
    elsewhere && serving.model === null ? [] : (servingModel?.fineTuning?.capacity ?? []);
  const hardwareAllowed = elsewhere || byo || model?.fineTuning?.dedicatedHardware === true;
  const hardware = hardwareAllowed ? (table.hardware ?? []) : [];
  const capacity: CapacityOption | null = own.find((o) => o.id === serving.option) ?? null;
  const option: CapacityOption | HardwareEntry | undefined =
    capacity ?? hardware.find((h) => h.id === serving.option);
  if (option === undefined) {
    const ids = [...own.map((o) => o.id), ...hardware.map((h) => h.id)];
    throw new TuneOrRagError(
      'option_not_offered',
      `${table.name} has no capacity option "${serving.option}" for this model; options: ${ids.join(', ') || '(none)'}`,
      { path: `${path}.option` },
    );
  }
  const isHardware = capacity === null;
  const ctx: PriceContext = {
    table,
    subject: isHardware ? `hardware:${option.id}` : (model?.id ?? ft.model),
    overridePath: `${PATH}.prices`,
    overrides: ft.prices,
  };
  const item = isHardware ? `hardware.${option.id}.price` : `fineTuning.capacity.${option.id}.price`;
  const ref = resolvePrice(ctx, 'capacity', item, option.price, { unit: 'hour', per: '1' });
  requireUnit(
    ref,
    ['second', 'minute', 'hour'],
    `${path}.option`,
    'capacity must be priced per unit of time',
  );
  return { table, option, capacity, ctx, item, ref };
}

/** One copy's billed time: active hours in sessions, each rounded up to the billing increment. */
function billedTime(route: TunedRoute, serving: CapacityServing, choice: CapacityChoice) {
  const { scenario } = route;
  const { option, capacity, ref } = choice;
  const commitment = capacity?.commitmentMonths ?? 0;
  const notes: string[] = [];
  let activeHours = serving.activeHoursPerMonth ?? scenario.hoursPerMonth;
  if (commitment > 0) {
    if (!activeHours.eq(scenario.hoursPerMonth)) {
      notes.push(
        `${option.name} is a ${commitment}-month commitment: every hour of the month is billed, whatever activeHoursPerMonth says.`,
      );
    }
    activeHours = scenario.hoursPerMonth;
  }
  const sessions = serving.sessionsPerMonth;
  const perSession = billedSeconds(activeHours.times(3600).div(sessions), ref.billingIncrementSeconds);
  const billed = perSession.times(sessions);
  const unitsPerCopy = new D(serving.unitsPerCopy ?? capacity?.unitsPerCopy ?? 1);
  const perCopy = billed.times(unitsPerCopy).div(SECONDS_PER[ref.unit]!);
  return { commitment, activeHours, sessions, billed, unitsPerCopy, perCopy, notes };
}

/** What one copy serves: the user's figure, else the table's per-unit figure × units per copy. */
function copyThroughput(
  serving: CapacityServing,
  choice: CapacityChoice,
  unitsPerCopy: Dec,
): { throughput: CopyThroughput | null; notes: string[] } {
  const user = serving.throughput;
  if (user !== null) {
    const perCopy = user.per === 'unit' ? user.amount.times(unitsPerCopy) : user.amount;
    return { throughput: { ...user, perCopy }, notes: [] };
  }
  const stated = choice.capacity?.throughput;
  if (stated === undefined) return { throughput: null, notes: [] };
  const { table, option, capacity } = choice;
  const source = table.sources[stated.source];
  const weights = [
    stated.outputTokenWeight === undefined ? '' : `, an output token counts as ${stated.outputTokenWeight}`,
    stated.cachedInputWeight === undefined ? '' : `, a cached input token as ${stated.cachedInputWeight}`,
  ].join('');
  return {
    throughput: {
      perCopy: new D(stated.amount).times(unitsPerCopy),
      unit: stated.unit,
      outputTokenWeight: new D(stated.outputTokenWeight ?? 1),
      cachedInputWeight: new D(stated.cachedInputWeight ?? 1),
    },
    notes: [
      `${table.name} ${option.name}: ${stated.amount} ${stated.unit.replace(/_/g, ' ')} per ${capacity!.unitName}${weights} (${source?.url ?? ''}, read ${source?.readOn ?? ''}, ${source?.confidence ?? ''}).`,
    ],
  };
}

/** Model storage per billed unit while deployed (Custom Model Import: per CMU-month). */
function capacityStorageLines(route: TunedRoute, choice: CapacityChoice, unitsPerCopy: Dec): LineDef[] {
  const { option, ctx, item, capacity } = choice;
  const storageEntry = option.storagePerUnit;
  if (storageEntry === undefined) return [];
  const unitName = capacity?.unitName ?? option.name;
  const storageRef = resolvePrice(
    ctx,
    'capacityStorage',
    `${item.replace(/\.price$/, '')}.storagePerUnit`,
    storageEntry,
    {
      unit: 'month',
      per: '1',
    },
  );
  return [
    pricedLine(
      {
        id: `${route.idPrefix}.serving.capacityStorage`,
        label: `${route.labelPrefix}: model storage per ${unitName}`,
        quantity: constant(unitsPerCopy),
        quantityUnit: `${unitName}-months`,
        basis: `one stored copy of ${formatExact(unitsPerCopy)} ${unitName}(s)`,
      },
      storageRef,
    ),
  ];
}

/** Capacity billed by time, for as many copies as the volume needs, and its storage. */
function capacityLines(
  route: TunedRoute,
  serving: CapacityServing,
  tokens: RequestTokens,
): Built & { maxRequestsPerMonth: Dec | null; plusTokens: boolean } {
  const choice = pickCapacity(route, serving);
  const { table, option, capacity, ref } = choice;
  const time = billedTime(route, serving, choice);
  const unitName = capacity?.unitName ?? option.name;
  const rate = copyThroughput(serving, choice, time.unitsPerCopy);
  const sizing = sizeCopies({
    serving,
    perCopy: time.perCopy,
    throughput: rate.throughput,
    tokens,
    // Requests arrive in the hours the user says the capacity is used, even on a committed term.
    activeHours: serving.activeHoursPerMonth ?? route.scenario.hoursPerMonth,
    optionLabel: `${table.name} ${option.name}`,
    plusTokens: capacity?.plusTokens === true,
  });
  const lines: LineDef[] = [
    pricedLine(
      {
        id: `${route.idPrefix}.serving.capacity`,
        label: `${route.labelPrefix}: ${option.name}${time.commitment > 0 ? ` (${time.commitment}-month term)` : ''}`,
        quantity: sizing.quantity,
        quantityUnit: `${unitName} ${ref.unit}s`,
        basis: `${sizing.basis} × ${formatExact(time.unitsPerCopy)} ${unitName}(s) × ${formatExact(time.billed.div(3600))} billed hours (${formatExact(time.activeHours)} active h in ${formatExact(time.sessions)} session(s)), billed idle or busy`,
      },
      ref,
    ),
    ...capacityStorageLines(route, choice, time.unitsPerCopy),
  ];
  const notes = [...time.notes, ...rate.notes];
  if ('note' in option && option.note) notes.push(`${table.name} ${option.name}: ${option.note}`);
  return {
    lines,
    notes,
    maxRequestsPerMonth: sizing.maxRequestsPerMonth,
    plusTokens: capacity?.plusTokens === true,
  };
}
