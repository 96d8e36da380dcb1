// The calculator page: every number on it comes from tune-or-rag, imported from the built package.
import {
  type CompareResult,
  curve,
  defaultScenario,
  horizon,
  type ScenarioInput,
  STRATEGY_LABELS,
  type StrategyId,
  safeCompare,
  type TuneOrRagError,
  type VendorListing,
} from 'tune-or-rag';
import { getBundledPricing, listVendors } from 'tune-or-rag/pricing';
import {
  candidateNames,
  describeBreakeven,
  describeEnvelope,
  describeMultiple,
  envelopeCrossovers,
  formatAmount,
  lineSource,
  renderCostCurveSvg,
  renderHorizonSvg,
  volumesAround,
} from 'tune-or-rag/report';

type Picked = 'fineTune' | 'rag' | 'promptOnly';
/** The strategies the page offers; other kinds (long context, retrieval tuning) are for files and the API. */
const IDS = ['fineTune', 'rag', 'promptOnly', 'hybrid'] as const satisfies readonly StrategyId[];
type PageId = (typeof IDS)[number];
const PICKED: readonly Picked[] = ['fineTune', 'rag', 'promptOnly'];
const FIELDS = [
  'requestsPerMonth',
  'instructionTokens',
  'inputTokens',
  'outputTokens',
  'asOf',
  'horizonMonths',
] as const;
type Field = (typeof FIELDS)[number];
// Short URL keys, so a shared link stays readable.
const KEYS: Record<Field | Picked | 'strategies', string> = {
  requestsPerMonth: 'v',
  instructionTokens: 'it',
  inputTokens: 'in',
  outputTokens: 'out',
  asOf: 'asOf',
  horizonMonths: 'h',
  fineTune: 'ft',
  rag: 'rag',
  promptOnly: 'po',
  strategies: 's',
};

interface State {
  fields: Record<Field, string>;
  enabled: Record<PageId, boolean>;
  /** `vendor:model` of each picked strategy's generation model. */
  models: Record<Picked, string>;
}

const base = defaultScenario();
const baseStrategies = base.strategies as Record<string, Record<string, unknown>>;
const pricing = getBundledPricing();
const $ = <TElement extends HTMLElement>(id: string) => document.getElementById(id) as TElement;

function defaults(): State {
  const w = base.workload as Record<string, number>;
  const ref = (s: { vendor: string; model: string }) => `${s.vendor}:${s.model}`;
  const st = baseStrategies as unknown as {
    fineTune: { vendor: string; model: string };
    rag: { generation: { vendor: string; model: string } };
    promptOnly: { vendor: string; model: string };
  };
  return {
    fields: {
      requestsPerMonth: String(w.requestsPerMonth),
      instructionTokens: String(w.instructionTokens),
      inputTokens: String(w.inputTokens),
      outputTokens: String(w.outputTokens),
      asOf: String(base.asOf),
      horizonMonths: String(base.horizonMonths),
    },
    enabled: { fineTune: true, rag: true, promptOnly: true, hybrid: true },
    models: { fineTune: ref(st.fineTune), rag: ref(st.rag.generation), promptOnly: ref(st.promptOnly) },
  };
}

function fromUrl(search: string): State {
  const state = defaults();
  const q = new URLSearchParams(search);
  for (const f of FIELDS) {
    const v = q.get(KEYS[f]);
    if (v !== null) state.fields[f] = v;
  }
  const s = q.get(KEYS.strategies);
  if (s !== null) {
    const on = new Set(s.split(','));
    for (const id of IDS) state.enabled[id] = on.has(id);
  }
  for (const p of PICKED) {
    const v = q.get(KEYS[p]);
    if (v?.includes(':')) state.models[p] = v;
  }
  return state;
}

function toUrl(state: State): string {
  const q = new URLSearchParams();
  for (const f of FIELDS) q.set(KEYS[f], state.fields[f]);
  q.set(KEYS.strategies, IDS.filter((id) => state.enabled[id]).join(','));
  for (const p of PICKED)
    if (state.enabled[p] || (p !== 'promptOnly' && state.enabled.hybrid)) q.set(KEYS[p], state.models[p]);
  return `?${q.toString()}`;
}

/** A count as the library wants it: a number when the text is one, else the text (the library says what is wrong). */
function count(text: string): number | string {
  const trimmed = text.trim().replace(/[,_\s]/g, '');
  return /^\d+(\.\d+)?(e\d+)?$/i.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

function scenarioOf(state: State): ScenarioInput {
  const split = (ref: string) => {
    const [vendor = '', model = ''] = ref.split(':');
    return { vendor, model };
  };
  const strategies: Record<string, unknown> = {};
  for (const id of IDS) {
    if (!state.enabled[id]) continue;
    const s = structuredClone(baseStrategies[id]) as Record<string, unknown>;
    if (id === 'fineTune' || id === 'promptOnly') Object.assign(s, split(state.models[id]));
    if (id === 'rag') s.generation = { ...(s.generation as object), ...split(state.models.rag) };
    strategies[id] = s;
  }
  return {
    ...base,
    name: 'Calculator page',
    asOf: state.fields.asOf,
    horizonMonths: count(state.fields.horizonMonths),
    workload: {
      ...base.workload,
      requestsPerMonth: count(state.fields.requestsPerMonth),
      instructionTokens: count(state.fields.instructionTokens),
      inputTokens: count(state.fields.inputTokens),
      outputTokens: count(state.fields.outputTokens),
    },
    strategies,
  } as ScenarioInput;
}

// ---- pickers, built from the listing API ------------------------------------------------------

function choices(
  vendors: readonly VendorListing[],
  p: Picked,
): Map<string, { name: string; models: string[] }> {
  const out = new Map<string, { name: string; models: string[] }>();
  for (const v of vendors) {
    if (p === 'fineTune' && !v.fineTuning.offered) continue;
    const models = v.models
      .filter((m) => m.kind === 'chat' && m.available && (p !== 'fineTune' || m.tunable))
      .map((m) => m.id);
    if (models.length > 0) out.set(v.id, { name: v.name, models });
  }
  return out;
}

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  return o;
}

function buildCandidates(state: State): void {
  const box = $('candidates');
  for (const old of box.querySelectorAll('.candidate')) old.remove();
  let vendors: VendorListing[] = [];
  try {
    vendors = listVendors(pricing, state.fields.asOf || undefined);
  } catch {
    // An unreadable date: the date field shows the library's error.
  }
  for (const id of IDS) {
    const div = document.createElement('div');
    div.className = 'candidate';
    div.innerHTML = `<label><input type="checkbox" data-enable="${id}"> ${STRATEGY_LABELS[id]}</label>`;
    const box2 = div.querySelector('input') as HTMLInputElement;
    box2.checked = state.enabled[id];
    if (id === 'hybrid') {
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = 'The tuned model with retrieval: uses the fine-tune and RAG choices.';
      div.append(hint);
    } else {
      const p = id as Picked;
      const options = choices(vendors, p);
      let [vendor = '', model = ''] = state.models[p].split(':');
      if (!options.has(vendor)) vendor = options.keys().next().value ?? '';
      const models = options.get(vendor)?.models ?? [];
      if (!models.includes(model)) model = models[0] ?? '';
      state.models[p] = `${vendor}:${model}`;
      const path = p === 'rag' ? 'strategies.rag.generation' : `strategies.${p}`;
      const vendorLabel = document.createElement('label');
      vendorLabel.dataset.path = `${path}.vendor`;
      vendorLabel.textContent = p === 'rag' ? 'Generation vendor' : 'Vendor';
      const vs = document.createElement('select');
      vs.dataset.vendor = p;
      for (const [vid, v] of options) vs.append(option(vid, v.name, vid === vendor));
      vendorLabel.append(
        vs,
        Object.assign(document.createElement('span'), { className: 'error', role: 'alert' }),
      );
      const modelLabel = document.createElement('label');
      modelLabel.dataset.path = `${path}.model`;
      modelLabel.textContent = p === 'fineTune' ? 'Model (tunable on the date)' : 'Model';
      const ms = document.createElement('select');
      ms.dataset.model = p;
      for (const m of models) ms.append(option(m, m, m === model));
      modelLabel.append(
        ms,
        Object.assign(document.createElement('span'), { className: 'error', role: 'alert' }),
      );
      div.append(vendorLabel, modelLabel);
      div.dataset.path = `strategies.${p}`;
    }
    if (id === 'hybrid') div.dataset.path = 'strategies.hybrid';
    box.append(div);
  }
}

// ---- results ----------------------------------------------------------------------------------

function clearErrors(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.invalid')) el.classList.remove('invalid');
  for (const el of document.querySelectorAll<HTMLElement>('.error')) el.textContent = '';
}

/** Shows each issue next to the field it names (the longest matching `data-path`), else above the results. */
function showError(error: TuneOrRagError): void {
  const issues = error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
  for (const issue of issues) {
    let target: HTMLElement | null = null;
    let best = -1;
    for (const el of document.querySelectorAll<HTMLElement>('[data-path]')) {
      const p = el.dataset.path!;
      if (
        (issue.path === p || issue.path.startsWith(`${p}.`) || issue.path.startsWith(`${p}[`)) &&
        p.length > best
      ) {
        target = el;
        best = p.length;
      }
    }
    const text = issue.message.replace(/^\[tune-or-rag\] /, '');
    const slot = target?.querySelector<HTMLElement>(':scope > .error') ?? null;
    if (target && slot) {
      target.classList.add('invalid');
      slot.textContent = text;
    } else {
      const general = $('form-error');
      general.textContent = `${general.textContent ? `${general.textContent} ` : ''}${error.message.replace(/^\[tune-or-rag\] /, '')}`;
    }
  }
}

function cell(text: string, numeric = false, attrs: Record<string, string> = {}): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (numeric) td.className = 'n';
  for (const [k, v] of Object.entries(attrs)) td.setAttribute(k, v);
  return td;
}

function renderSummary(result: CompareResult): void {
  const table = $('summary') as HTMLTableElement;
  table.innerHTML =
    '<thead><tr><th>Strategy</th><th class="n">Monthly total (USD)</th><th class="n">Recurring/mo</th><th class="n">One-time</th><th>vs cheapest</th></tr></thead>';
  const body = document.createElement('tbody');
  const cheapest = result.strategies.find((s) => s.strategy === result.cheapest)!;
  for (const s of result.strategies) {
    const tr = document.createElement('tr');
    tr.dataset.strategy = s.strategy;
    if (s.strategy === result.cheapest) tr.className = 'cheapest';
    tr.append(
      cell(s.label),
      cell(formatAmount(s.monthlyTotal), true, {
        'data-field': 'monthlyTotal',
        'data-exact': s.monthlyTotal.toFixed(),
      }),
      cell(formatAmount(s.recurringMonthly), true, { 'data-field': 'recurringMonthly' }),
      cell(formatAmount(s.oneTimeTotal), true, { 'data-field': 'oneTimeTotal' }),
      cell(
        s.strategy === result.cheapest
          ? 'cheapest'
          : cheapest.monthlyTotal.isZero()
            ? 'n/a'
            : `${formatAmount(s.monthlyTotal.div(cheapest.monthlyTotal))}× dearer`,
      ),
    );
    body.append(tr);
  }
  for (const u of result.run.unavailable) {
    const tr = document.createElement('tr');
    tr.dataset.strategy = u.strategy;
    tr.append(cell(u.label), cell('not priced', true), cell('-', true), cell('-', true), cell(u.error.code));
    body.append(tr);
  }
  table.append(body);
}

function renderResult(scenario: ScenarioInput, result: CompareResult): void {
  const run = result.run;
  const tables = run.tableAges
    .map(
      (t) =>
        `${t.name} ${t.effectiveDate} (${t.ageDays} days old, verified ${t.verifiedOn}${t.stale ? ', stale' : ''})`,
    )
    .join('; ');
  $('as-of').textContent =
    `Prices as of ${run.asOf ?? `today, ${run.evaluatedOn}`} (dataset ${run.pricingDataVersion}): ${tables}. ${formatAmount(run.requestsPerMonth, 0)} requests/month × ${formatAmount(run.workloadTokensPerRequest, 0)} tokens = ${formatAmount(run.workloadTokensPerMonth, 0)} tokens/month.`;
  const warnings = $('warnings');
  warnings.replaceChildren(
    ...run.warnings.map((w) =>
      Object.assign(document.createElement('li'), { textContent: `Warning: ${w.message}` }),
    ),
  );
  renderSummary(result);
  const headline = result.multiples.find((m) => m.between.includes('fineTune') && m.between.includes('rag'));
  $('headline').textContent = headline
    ? `At this volume: ${describeMultiple(headline, 2, candidateNames(run))}`
    : '';

  const charts = $('charts');
  const volumes = volumesAround(run.requestsPerMonth).map((v) => v.toFixed());
  const costCurve = curve(scenario, { volumes });
  const cost = renderCostCurveSvg(costCurve, {
    breakevens: result.breakevens,
    markRequestsPerMonth: run.requestsPerMonth,
    title: 'Monthly cost by volume',
  });
  const cumulative = renderHorizonSvg(horizon(scenario), { title: 'Cumulative cost by month' });
  // Our own SVG, every text in it escaped by the renderer.
  charts.innerHTML = cost + cumulative;
  // Which strategy is cheapest where (the highlighted envelope), as text too.
  $('envelope').textContent = describeEnvelope(
    costCurve.points,
    envelopeCrossovers(costCurve.points, run.workloadTokensPerRequest, result.breakevens),
  );

  $('breakevens').replaceChildren(
    ...result.breakevens
      .flatMap((b) => describeBreakeven(b, candidateNames(run)))
      .map((t) => Object.assign(document.createElement('li'), { textContent: t })),
  );
  $('multiples').replaceChildren(
    ...result.multiples.map((m) =>
      Object.assign(document.createElement('li'), {
        textContent: describeMultiple(m, 2, candidateNames(run)),
      }),
    ),
  );
  const lines = $('lines');
  lines.className = 'lines';
  lines.replaceChildren();
  for (const s of result.strategies) {
    const h = document.createElement('h2');
    h.textContent = `${s.label}: line items`;
    const table = document.createElement('table');
    table.innerHTML =
      '<thead><tr><th>Line item</th><th>Timing</th><th class="n">USD/month</th><th>Source</th></tr></thead>';
    const body = document.createElement('tbody');
    for (const l of s.lines) {
      const tr = document.createElement('tr');
      tr.append(
        cell(l.label),
        cell(l.timing.replace('_', ' ')),
        cell(formatAmount(l.monthlyAmount), true),
        cell(lineSource(l)),
      );
      body.append(tr);
    }
    table.append(body);
    lines.append(h, table);
  }
  $('scenario-json').textContent = JSON.stringify(scenario, null, 2);
}

// ---- wiring -----------------------------------------------------------------------------------

const state = fromUrl(location.search);
let lastDate = '';

function syncInputs(): void {
  for (const f of FIELDS) ($(f) as HTMLInputElement).value = state.fields[f];
  const v = Number(state.fields.requestsPerMonth);
  if (v > 0) ($('volume-slider') as HTMLInputElement).value = String(Math.round(Math.log10(v) * 100));
}

function update(): void {
  if (state.fields.asOf !== lastDate) {
    lastDate = state.fields.asOf;
    buildCandidates(state);
  }
  history.replaceState(null, '', toUrl(state));
  clearErrors();
  const scenario = scenarioOf(state);
  const result = safeCompare(scenario);
  document.body.dataset.state = result.success ? 'ok' : 'error';
  if (!result.success) {
    showError(result.error);
    return;
  }
  renderResult(scenario, result.data);
}

let pending = 0;
function schedule(): void {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(update);
}

const form = $('form') as HTMLFormElement;
form.addEventListener('input', (event) => {
  const el = event.target as HTMLInputElement | HTMLSelectElement;
  if (el.id === 'volume-slider') {
    state.fields.requestsPerMonth = String(Number((10 ** (Number(el.value) / 100)).toPrecision(2)));
    ($('requestsPerMonth') as HTMLInputElement).value = state.fields.requestsPerMonth;
  } else if ((FIELDS as readonly string[]).includes(el.id)) {
    state.fields[el.id as Field] = el.value;
    if (el.id === 'requestsPerMonth') syncInputs();
  }
  schedule();
});
form.addEventListener('change', (event) => {
  const el = event.target as HTMLInputElement | HTMLSelectElement;
  const enable = el.dataset.enable as PageId | undefined;
  if (enable) state.enabled[enable] = (el as HTMLInputElement).checked;
  const vendor = el.dataset.vendor as Picked | undefined;
  if (vendor) {
    state.models[vendor] = `${el.value}:`;
    lastDate = ''; // rebuild the pickers: the model list follows the vendor
  }
  const model = el.dataset.model as Picked | undefined;
  if (model) state.models[model] = `${state.models[model].split(':')[0]}:${el.value}`;
  schedule();
});
form.addEventListener('submit', (event) => event.preventDefault());

syncInputs();
update();
document.body.dataset.ready = 'true';
