import { TuneOrRagError } from '../errors.js';
import { byId, newestLifecycle } from '../pricing/lifecycleDates.js';
import type {
  AccountStanding,
  FineTuningLifecycle,
  Lifecycle,
  ModelKind,
  PriceTable,
} from '../pricing/priceTableSchema.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Candidate, FineTune, Generation, Rag } from '../spec/specs.js';
import type { LineDef } from './types.js';

/**
 * A date on which a route changes: it opens (`opens`), stops taking new training jobs
 * (`new_jobs_end`: only a route that trains is closed by it), or ends altogether (`ends`: a retired
 * model, a tuned model no longer served, a closed plan, a promotion's last day passed). End dates
 * are exclusive: the first day the thing can no longer be bought.
 */
export interface RouteEvent {
  readonly kind: 'opens' | 'new_jobs_end' | 'ends';
  readonly date: string;
  /** What changes, in words: `OpenAI gpt-4.1-mini: fine-tuning new jobs`. */
  readonly offering: string;
  readonly vendor: string;
  readonly successor: string;
  readonly sourceUrl: string;
  /** The scenario field that chose the offering. */
  readonly path: string;
  /** A staged closure: the account standing whose stage applied, and whether it was assumed. */
  readonly stage?: {
    readonly standing: AccountStanding;
    readonly assumed: boolean;
    /** The scenario field that states the standing (`strategies.fineTune.accountStanding`). */
    readonly path: string;
  };
  /** A promotional price: `ends` is the promotion's end. */
  readonly promotion?: boolean;
}

const STANDING_ORDER: readonly AccountStanding[] = ['never-tuned', 'inactive', 'active'];

class EventLog {
  readonly events: RouteEvent[] = [];

  plain(
    registry: PricingRegistry,
    vendor: string,
    offering: string,
    path: string,
    get: (table: PriceTable) => Lifecycle | undefined,
  ): Lifecycle | null {
    const found = newestLifecycle(registry, vendor, get);
    if (found === null) return null;
    const { life, table } = found;
    const base = {
      offering,
      vendor,
      successor: life.successor ?? '',
      sourceUrl: table.sources[life.source]?.url ?? '',
      path,
    };
    if (life.availableFrom !== undefined)
      this.events.push({ ...base, kind: 'opens', date: life.availableFrom });
    if (life.retiredOn !== undefined) this.events.push({ ...base, kind: 'ends', date: life.retiredOn });
    return life;
  }

  tuning(
    registry: PricingRegistry,
    vendor: string,
    offering: string,
    path: string,
    account: { readonly standing: AccountStanding | null; readonly path: string },
    get: (table: PriceTable) => FineTuningLifecycle | undefined,
  ): FineTuningLifecycle | null {
    const found = newestLifecycle(registry, vendor, get);
    if (found === null) return null;
    const { life, table } = found;
    const base = {
      vendor,
      successor: life.successor ?? '',
      sourceUrl: table.sources[life.source]?.url ?? '',
      path,
    };
    if (life.availableFrom !== undefined) {
      this.events.push({
        ...base,
        offering: `${offering} fine-tuning`,
        kind: 'opens',
        date: life.availableFrom,
      });
    }
    // The earliest closure that applies to the standing (the conservative reading when not given).
    const standing = account.standing;
    const who = standing ?? STANDING_ORDER[0]!;
    let until = life.newJobsUntil;
    for (const stage of life.stages ?? []) {
      if (stage.standing.includes(who) && (until === undefined || stage.newJobsUntil < until)) {
        until = stage.newJobsUntil;
      }
    }
    if (until !== undefined) {
      const event: RouteEvent = {
        ...base,
        offering: `${offering} fine-tuning`,
        kind: 'new_jobs_end',
        date: until,
      };
      const staged = until !== life.newJobsUntil;
      this.events.push(
        staged
          ? { ...event, stage: { standing: who, assumed: standing === null, path: account.path } }
          : event,
      );
      // The closure for every account too, so a date past it cites it rather than an earlier stage.
      if (staged && life.newJobsUntil !== undefined) this.events.push({ ...event, date: life.newJobsUntil });
    }
    if (life.servingUntil !== undefined) {
      this.events.push({
        ...base,
        offering: `${offering} tuned-model serving`,
        kind: 'ends',
        date: life.servingUntil,
      });
    }
    return life;
  }
}

function modelEvents(
  log: EventLog,
  registry: PricingRegistry,
  vendor: string,
  id: string,
  kind: ModelKind,
  path: string,
): void {
  const name = registry.vendors.get(vendor)?.at(-1)?.name ?? vendor;
  log.plain(registry, vendor, `${name} ${id}`, path, (t) => byId(t, id, kind)?.lifecycle);
}

function generationEvents(log: EventLog, registry: PricingRegistry, g: Generation, path: string): void {
  modelEvents(log, registry, g.vendor, g.model, 'chat', `${path}.model`);
}

function ragEvents(log: EventLog, registry: PricingRegistry, rag: Rag, withGeneration: boolean): void {
  const at = rag.path;
  modelEvents(log, registry, rag.embedding.vendor, rag.embedding.model, 'embedding', `${at}.embedding.model`);
  if (rag.rerank !== null) {
    modelEvents(log, registry, rag.rerank.vendor, rag.rerank.model, 'rerank', `${at}.rerank.model`);
  }
  const v = rag.vectorDb;
  const name = registry.vendors.get(v.vendor)?.at(-1)?.name ?? v.vendor;
  log.plain(
    registry,
    v.vendor,
    `${name} ${v.plan} plan`,
    `${at}.vectorDb.plan`,
    (t) => t.vectorDb?.find((p) => p.id === v.plan)?.lifecycle,
  );
  if (withGeneration) generationEvents(log, registry, rag.generation, `${at}.generation`);
}

/** Who and what a fine-tune's events name: its vendor, the model's display name, the standing. */
interface TunedRoute {
  readonly ft: FineTune;
  readonly name: string;
  readonly model: string;
  readonly standing: { readonly standing: FineTune['accountStanding']; readonly path: string };
}

/**
 * A fine-tune's offerings: the vendor's tuning, the model's tuning, its base model's dates, the
 * method, the training hardware and the serving option (and the model served elsewhere).
 */
function fineTuneEvents(log: EventLog, registry: PricingRegistry, ft: FineTune): void {
  const name = registry.vendors.get(ft.vendor)?.at(-1)?.name ?? ft.vendor;
  const route: TunedRoute = {
    ft,
    name,
    model: `${name} ${ft.model}`,
    standing: { standing: ft.accountStanding, path: `${ft.path}.accountStanding` },
  };
  log.tuning(registry, ft.vendor, name, `${ft.path}.vendor`, route.standing, (t) =>
    t.fineTuning.offered ? t.fineTuning.lifecycle : undefined,
  );
  baseModelEvents(log, registry, route);
  methodAndHardwareEvents(log, registry, route);
  capacityEvents(log, registry, ft);
}

/** The model's tuning dates, and its base model's (whose retirement ends its tuned models too). */
function baseModelEvents(log: EventLog, registry: PricingRegistry, route: TunedRoute): void {
  const { ft, model, standing } = route;
  const at = ft.path;
  const base = newestLifecycle(registry, ft.vendor, (t) => byId(t, ft.model)?.lifecycle);
  const tuning = log.tuning(
    registry,
    ft.vendor,
    model,
    `${at}.model`,
    standing,
    (t) => byId(t, ft.model)?.fineTuning?.lifecycle,
  );
  if (base === null) return;
  const { life, table } = base;
  const common = {
    vendor: ft.vendor,
    successor: life.successor ?? '',
    sourceUrl: table.sources[life.source]?.url ?? '',
    path: `${at}.model`,
  };
  if (life.availableFrom !== undefined) {
    log.events.push({ ...common, offering: model, kind: 'opens', date: life.availableFrom });
  }
  if (life.retiredOn === undefined) return;
  // The tuning lifecycle, when it gives its own dates, overrides the base model's retirement
  // (Azure keeps training and serving tuned models after the base model's deployments retire).
  if (tuning?.newJobsUntil === undefined && tuning?.stages === undefined) {
    log.events.push({
      ...common,
      offering: `${model} (base model retired)`,
      kind: 'new_jobs_end',
      date: life.retiredOn,
    });
  }
  if (tuning?.servingUntil === undefined) {
    log.events.push({
      ...common,
      offering: `${model} and its fine-tunes`,
      kind: 'ends',
      date: life.retiredOn,
    });
  }
}

/** The training method's dates (with its variant), and the training hardware's. */
function methodAndHardwareEvents(log: EventLog, registry: PricingRegistry, route: TunedRoute): void {
  const { ft, name, model, standing } = route;
  const method = ft.variant === null ? ft.method : `${ft.method}/${ft.variant}`;
  log.tuning(
    registry,
    ft.vendor,
    `${model} ${method}`,
    `${ft.path}.method`,
    standing,
    (t) =>
      byId(t, ft.model)?.fineTuning?.methods.find(
        (o) =>
          o.method === ft.method &&
          (ft.variant === null || o.variant === undefined || o.variant === ft.variant),
      )?.lifecycle,
  );
  const hw = ft.training.hardware;
  if (hw === null) return;
  log.plain(
    registry,
    ft.vendor,
    `${name} ${hw}`,
    `${ft.path}.training.hardware`,
    (t) => t.hardware?.find((h) => h.id === hw)?.lifecycle,
  );
}

/** Serving on capacity: the option's dates, and the model's where it is served at another vendor. */
function capacityEvents(log: EventLog, registry: PricingRegistry, ft: FineTune): void {
  const serving = ft.serving;
  if (serving?.mode !== 'capacity') return;
  const vendor = serving.vendor ?? ft.vendor;
  const servedModel = serving.model ?? ft.model;
  const vendorName = registry.vendors.get(vendor)?.at(-1)?.name ?? vendor;
  log.plain(
    registry,
    vendor,
    `${vendorName} ${serving.option}`,
    `${ft.path}.serving.option`,
    (t) =>
      byId(t, servedModel)?.fineTuning?.capacity?.find((o) => o.id === serving.option)?.lifecycle ??
      t.hardware?.find((h) => h.id === serving.option)?.lifecycle,
  );
  if (serving.vendor !== null && serving.model !== null && serving.vendor !== ft.vendor) {
    modelEvents(log, registry, vendor, serving.model, 'chat', `${ft.path}.serving.model`);
  }
}

/** Ends of the prices a strategy's lines use (promotions), as events. */
function priceEvents(lines: readonly LineDef[]): RouteEvent[] {
  const out: RouteEvent[] = [];
  for (const line of lines) {
    const p = line.price;
    if (p === null || p.until === undefined) continue;
    out.push({
      kind: 'ends',
      date: p.until,
      offering: `${p.vendorName} ${p.subject} ${p.item} at $${p.usd.toFixed()}${p.promotion ? ' (promotion)' : ''}`,
      vendor: p.vendor,
      successor: '',
      sourceUrl: p.sourceUrl,
      path: line.id,
      ...(p.promotion ? { promotion: true } : {}),
    });
  }
  return out;
}

/**
 * Every lifecycle date of the offerings one strategy uses, sorted by date: the vendor's fine-tuning,
 * the models, methods, hardware, capacity and plans it names, and the end of every price it uses.
 */
export function strategyEvents(
  candidate: Candidate,
  registry: PricingRegistry,
  lines: readonly LineDef[],
): RouteEvent[] {
  const log = new EventLog();
  // Each spec the candidate uses brings its offerings: a hybrid has the fine-tune's and the RAG
  // retrieval's, and generates with the tuned model (so not with RAG's generation model); any other
  // kind with a RAG spec (rag, retrieval tuning) generates with RAG's model.
  if (candidate.fineTune) fineTuneEvents(log, registry, candidate.fineTune);
  if (candidate.rag) ragEvents(log, registry, candidate.rag, candidate.fineTune === null);
  if (candidate.generation) generationEvents(log, registry, candidate.generation, candidate.path);
  const all = [...log.events, ...priceEvents(lines)];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The first event that closes the route on `date`: not open yet, ended, or (for a route that must
 * train on that date) closed to new jobs. `null` when the route can be bought.
 */
export function closingEvent(
  events: readonly RouteEvent[],
  date: string,
  trains: boolean,
): RouteEvent | null {
  let staged: RouteEvent | null = null;
  for (const e of events) {
    if (e.kind === 'opens' && date < e.date) return e;
    if (e.kind === 'ends' && e.date <= date) return e;
    if (e.kind === 'new_jobs_end' && trains && e.date <= date) {
      // A closure for every account outranks an earlier one for some standings.
      if (e.stage === undefined) return e;
      staged ??= e;
    }
  }
  return staged;
}

/** The typed outcome for a route closed on `date` by `event`. */
export function closedError(event: RouteEvent, date: string): TuneOrRagError {
  const details = {
    offering: event.offering,
    vendor: event.vendor,
    date: event.date,
    successor: event.successor,
    sourceUrl: event.sourceUrl,
  };
  if (event.kind === 'opens') {
    return new TuneOrRagError(
      'offering_not_yet_available',
      `${event.offering} can be bought from ${event.date}, not on ${date}`,
      { path: event.path, offering: details },
    );
  }
  const what =
    event.kind === 'new_jobs_end'
      ? `takes no new jobs from ${event.date}`
      : event.promotion
        ? `ended on ${event.date} (the promotion's last day was the day before); no later table gives the regular price`
        : `ended on ${event.date}`;
  const stage =
    event.stage === undefined
      ? ''
      : event.stage.assumed
        ? ` (the closure for accounts that are "${event.stage.standing}", assumed: set \`${event.stage.path}\` if yours differs)`
        : ` (the closure for accounts that are "${event.stage.standing}")`;
  const successor = event.successor === '' ? '' : `; the vendor's successor: ${event.successor}`;
  return new TuneOrRagError('offering_ended', `on ${date}, ${event.offering} ${what}${stage}${successor}`, {
    path: event.path,
    offering: details,
  });
}
