import { didYouMeanText } from '../_lib/didYouMean.js';
import { formatExact } from '../_lib/formatExact.js';
import { constant, type Piecewise, staircase } from '../_lib/piecewise.js';
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
import type { FineTune, Scenario, Serving } from '../scenario/parseScenario.js';
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

const PATH = 'strategies.fineTune';

/** The fine-tune side of a strategy (fine-tune alone, or the generation half of hybrid). */
export interface FineTuneParts {
  readonly lines: LineDef[];
  readonly buckets: TokenBuckets;
  readonly maxRequestsPerMonth: Dec | null;
  readonly notes: string[];
}

function notOffered(table: PriceTable, model: string): never {
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
  const table = tableFor(registry, ft.vendor, scenario.asOf, `${PATH}.vendor`, tables);
  if (!table.fineTuning.offered) {
    const ft0 = table.fineTuning;
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
      `${table.name} does not offer fine-tuning: ${table.fineTuning.reason}`,
      { path: `${PATH}.vendor` },
    );
  }
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
  if (!byo && known?.fineTuning === undefined) notOffered(table, ft.model);
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

/**
 * Training per run: per training token (validation tokens where the vendor bills them) or by time
 * on GPUs, with a per-job minimum top-up; recurring when re-trained.
 */
function trainingLines(route: TunedRoute): { lines: LineDef[]; notes: string[] } {
  const { ft, table, model, byo, ctx, recurs, idPrefix, labelPrefix } = route;
  const lines: LineDef[] = [];
  const notes: string[] = [];
  const t = ft.training;
  const validation = t.validationTokens.times(t.evalPasses);
  const datasetPasses = t.datasetTokens.times(t.epochs);
  // Processed tokens: what a job priced by time spends its time on.
  const processedTokens = datasetPasses.plus(validation);
  let training: ResolvedTraining;
  let validationBilled = false;
  if (byo) {
    if (t.hardware === null) {
      throw new TuneOrRagError(
        'invalid_input',
        `${table.name} trains on hardware you choose: pass \`${PATH}.training.hardware\`, one of ${(table.hardware ?? []).map((h) => h.id).join(', ')}`,
        { path: `${PATH}.training.hardware` },
      );
    }
    const hw = findHardware(table, t.hardware, `${PATH}.training.hardware`);
    training = {
      ref: resolvePrice(ctx, 'training', `hardware.${hw.id}.price`, hw.price, { unit: 'hour', per: '1' }),
      minimum: null,
      label: `Training on ${hw.name}`,
    };
  } else {
    const option = pickTrainingOption(table, model!, ft);
    validationBilled =
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
    training = {
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
    if (option.note) notes.push(`${table.name} ${model!.id} training: ${option.note}`);
  }
  const validationPart = ` + ${formatExact(t.validationTokens)} validation tokens × ${formatExact(t.evalPasses)} passes`;
  const datasetPart = `${formatExact(t.datasetTokens)} dataset tokens × ${formatExact(t.epochs)} epochs`;
  const processedBasis = `${datasetPart}${validation.isZero() ? '' : validationPart}`;
  const billableTokens = validationBilled ? processedTokens : datasetPasses;
  const epochsBasis = validationBilled ? processedBasis : datasetPart;
  if (!validation.isZero() && !validationBilled && training.ref.unit === 'training_token') {
    notes.push(
      `${table.name} bills dataset tokens × epochs; it does not say it bills validation tokens, so the ${formatExact(validation)} validation tokens per run are not priced.`,
    );
  }
  let trainingCost: Dec;
  if (training.ref.unit === 'training_token') {
    lines.push(
      pricedLine(
        {
          id: `${idPrefix}.training`,
          label: `${labelPrefix}: ${training.label}`,
          quantity: constant(billableTokens),
          quantityUnit: 'training tokens',
          basis: `${epochsBasis}, per run`,
          oneTime: recurs,
        },
        training.ref,
      ),
    );
    trainingCost = billableTokens.times(unitPrice(training.ref));
  } else {
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
    lines.push(
      pricedLine(
        {
          id: `${idPrefix}.training`,
          label: `${labelPrefix}: ${training.label}`,
          quantity: constant(quantity),
          quantityUnit: `${training.ref.unit}s`,
          basis: `${how}, billed as ${formatExact(billed)} s × ${formatExact(t.gpus)} GPU(s), per run`,
          oneTime: recurs,
        },
        training.ref,
      ),
    );
    trainingCost = quantity.times(unitPrice(training.ref));
  }
  if (training.minimum !== null) {
    const minimum = unitPrice(training.minimum);
    if (minimum.gt(trainingCost)) {
      lines.push(
        usdLine(
          {
            id: `${idPrefix}.training.minimum`,
            label: `${labelPrefix}: per-job minimum top-up`,
            quantity: constant(minimum.minus(trainingCost)),
            quantityUnit: 'USD',
            basis: `minimum charge $${formatExact(minimum)} − training $${formatExact(trainingCost)}, per run`,
            oneTime: recurs,
          },
          training.minimum,
        ),
      );
    }
  }
  return { lines, notes };
}

/** Serving the tuned model: per token at its prices, or capacity billed by time (plus tokens where the vendor adds them). */
function servingLines(route: TunedRoute): {
  lines: LineDef[];
  notes: string[];
  buckets: TokenBuckets;
  maxRequestsPerMonth: Dec | null;
} {
  const { scenario, ft, registry, table, model, byo, ctx, recurs, idPrefix, labelPrefix, request, tables } =
    route;
  const lines: LineDef[] = [];
  const notes: string[] = [];
  const tokens: RequestTokens = {
    prefix: ft.tunedInstructionTokens,
    prefixHitRate: ft.cachedPrefixHitRate,
    uncachedInput: request.uncachedInput,
    uncachedBasis: request.uncachedBasis,
    output: scenario.workload.outputTokens,
  };
  const tuned = model?.fineTuning?.tunedInference;
  const serving: Serving =
    ft.serving ?? (tuned ? { mode: 'per_token' } : defaultCapacityError(table, model, byo));
  // Per-token serving: the tuned model's token prices, and the evaluation run at those prices.
  const perTokenServing = (): TokenBuckets => {
    if (tuned === undefined) defaultCapacityError(table, model, byo);
    const prices = resolveTunedTokenPrices(ctx, tuned, ft.cachedPrefixHitRate);
    const inference = inferenceLines(`${idPrefix}.serving`, `${labelPrefix}: tuned model`, tokens, prices);
    lines.push(...inference.lines);
    const perRequest = inference.lines.reduce(
      (acc, line) => acc.plus(line.quantity.slopes[0]!.times(line.unitPrice)),
      ZERO,
    );
    const drift = ft.lifecycle?.monitoring?.evaluationRequestsPerMonth;
    if (drift !== undefined && !drift.isZero()) {
      lines.push(
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
      );
    }
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
    return inference.buckets;
  };
  let buckets: TokenBuckets;
  let maxRequestsPerMonth: Dec | null = null;
  if (serving.mode === 'per_token') {
    buckets = perTokenServing();
  } else {
    const capacity = capacityLines(
      scenario,
      ft,
      serving,
      table,
      model,
      byo,
      registry,
      idPrefix,
      labelPrefix,
      tables,
    );
    lines.push(...capacity.lines);
    notes.push(...capacity.notes);
    maxRequestsPerMonth = capacity.maxRequestsPerMonth;
    if (capacity.plusTokens) {
      // A hosting fee on top of per-token prices (Azure OpenAI deployments of tuned models).
      buckets = perTokenServing();
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
  }
  const own = ft.lifecycle?.monitoring?.usdPerMonth;
  if (own !== undefined && own !== null) {
    lines.push(
      usdLine(
        {
          id: `${idPrefix}.monitoring.own`,
          label: `${labelPrefix}: monitoring (your figure)`,
          quantity: constant(own),
          quantityUnit: 'USD',
          basis: `your figure, \`${PATH}.lifecycle.monitoring.usdPerMonth\`: $${formatExact(own)} a month`,
        },
        null,
      ),
    );
  }
  return { lines, notes, buckets, maxRequestsPerMonth };
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

function defaultCapacityError(table: PriceTable, model: ModelEntry | undefined, byo: boolean): never {
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

function capacityLines(
  scenario: Scenario,
  ft: FineTune,
  serving: Extract<Serving, { mode: 'capacity' }>,
  trainingTable: PriceTable,
  model: ModelEntry | undefined,
  byo: boolean,
  registry: PricingRegistry,
  idPrefix: string,
  labelPrefix: string,
  tables: Record<string, string>,
): { lines: LineDef[]; notes: string[]; maxRequestsPerMonth: Dec | null; plusTokens: boolean } {
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
  const unitName = capacity?.unitName ?? option.name;
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
  let quantity: Piecewise;
  let copiesBasis: string;
  let maxRequestsPerMonth: Dec | null = null;
  if (serving.autoscale !== null) {
    const a = serving.autoscale;
    quantity = staircase(a.requestsPerCopyPerMonth, perCopy, a.minCopies, a.maxCopies);
    copiesBasis = `max(${a.minCopies}, ⌈requests/month ÷ ${formatExact(a.requestsPerCopyPerMonth)}⌉) copies (at most ${a.maxCopies})`;
    maxRequestsPerMonth = a.requestsPerCopyPerMonth.times(a.maxCopies);
  } else {
    quantity = constant(perCopy.times(serving.copies));
    copiesBasis = `${serving.copies} cop${serving.copies === 1 ? 'y' : 'ies'}`;
  }
  const lines: LineDef[] = [
    pricedLine(
      {
        id: `${idPrefix}.serving.capacity`,
        label: `${labelPrefix}: ${option.name}${commitment > 0 ? ` (${commitment}-month term)` : ''}`,
        quantity,
        quantityUnit: `${unitName} ${ref.unit}s`,
        basis: `${copiesBasis} × ${formatExact(unitsPerCopy)} ${unitName}(s) × ${formatExact(billed.div(3600))} billed hours (${formatExact(activeHours)} active h in ${formatExact(sessions)} session(s)), billed idle or busy`,
      },
      ref,
    ),
  ];
  const storageEntry = option.storagePerUnit;
  if (storageEntry !== undefined) {
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
    lines.push(
      pricedLine(
        {
          id: `${idPrefix}.serving.capacityStorage`,
          label: `${labelPrefix}: model storage per ${unitName}`,
          quantity: constant(unitsPerCopy),
          quantityUnit: `${unitName}-months`,
          basis: `one stored copy of ${formatExact(unitsPerCopy)} ${unitName}(s)`,
        },
        storageRef,
      ),
    );
  }
  if ('note' in option && option.note) notes.push(`${table.name} ${option.name}: ${option.note}`);
  return { lines, notes, maxRequestsPerMonth, plusTokens: capacity?.plusTokens === true };
}
