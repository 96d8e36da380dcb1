import type { BreakevenReport, CompareResult, CurveReport, HorizonReport } from '../../calculate.js';
import type { CandidateId } from '../../model/types.js';
import { breakevenToCsv, breakevenToDoc } from '../../report/breakevenReport.js';
import { compareToCsv, compareToDoc, compareToText, explainToText } from '../../report/compareReport.js';
import { curveToCsv, curveToDoc, matrixToDoc } from '../../report/curveReport.js';
import { horizonToCsv, horizonToDoc } from '../../report/horizonReport.js';
import { applyPrecision } from '../../report/precision.js';
import type { ProfiledRun } from '../../report/profiledRun.js';
import { renderCsvLine } from '../../report/renderCsv.js';
import { streamJsonReport } from '../../report/renderJsonReport.js';
import { renderText } from '../../report/renderText.js';
import type { ReportDoc } from '../../report/reportDoc.js';
import {
  type SweepPoint,
  type SweepResult,
  sweepCsvHeader,
  sweepCsvRow,
  sweepHeadToJson,
  sweepPointToJson,
  sweepToCsv,
  sweepToDoc,
  sweepToJson,
} from '../../report/sweepReport.js';
import { STRATEGY_CLI_NAMES } from '../../strategyKinds.js';
import { breakevenViews, compareViews, curveViews, horizonViews } from '../chartViews.js';
import { usageError } from '../cliError.js';
import {
  breakeven,
  compare,
  configureEngine,
  currencyFor,
  curve,
  type EngineOptions,
  horizon,
} from '../engine.js';
import { focusTable } from '../focusTable.js';
import type { OutputOptions } from '../formats.js';
import { type LoadedScenario, loadScenarios, type ScenarioOptions } from '../loadScenarios.js';
import { parseVary } from '../parseVary.js';
import { parseWholeFlag } from '../parseWholeFlag.js';
import { createProgressBar, type ProgressBar } from '../progressBar.js';
import { precisionOf, renderAs } from '../renderAs.js';
import { strategyIdOf } from '../resolveScenarioPath.js';
import { defaultPair, planSweep, strategiesIn, sweepPoints } from '../runSweep.js';
import { TOOL } from '../tool.js';
import { withFlags } from '../withFlags.js';
import type { Produced } from '../writeOutput.js';
import { presetOrDefault } from './presetCommands.js';

export type ScenarioCommandOptions = OutputOptions & ScenarioOptions & EngineOptions;

/** The scenarios a command runs: the file (or preset, or built-in default) per profile, `--set` applied. */
export function load(file: string | undefined, opts: ScenarioOptions & EngineOptions): LoadedScenario[] {
  configureEngine(opts);
  return loadScenarios(file, opts, presetOrDefault(file, opts.preset));
}

/** Option paths → the flags that set them, for errors; `asOf` is the flag's when `--as-of` was given. */
export function flagsOf(
  opts: ScenarioOptions,
  more: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { ...(opts.asOf === undefined ? {} : { asOf: '--as-of' }), ...more };
}

/** What a JSON report says it ran on. */
export function input(
  file: string | undefined,
  opts: ScenarioOptions & EngineOptions,
  runs: readonly LoadedScenario[],
) {
  return {
    file: file ?? null,
    profiles: runs.map((r) => r.profile),
    set: opts.set ?? [],
    asOf: opts.asOf ?? null,
    prices: opts.prices ?? [],
  };
}

function compareOrExplain(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly volumes?: string },
  explain: boolean,
): string {
  // `--volumes`: the candidates × volumes matrix after the comparison (the same as `curve --volumes`).
  const volumes =
    opts.volumes === undefined
      ? undefined
      : opts.volumes.split(',').map((v) => parseWholeFlag(v.trim(), '--volumes'));
  const loaded = load(file, opts);
  const runs = loaded.map((l) => ({
    profile: l.profile,
    scenario: l.scenario,
    result: withFlags(flagsOf(opts), () => compare(l.scenario)),
  }));
  const matrix =
    volumes === undefined
      ? null
      : loaded.map((l) => ({
          profile: l.profile,
          result: withFlags(flagsOf(opts, { 'options.volumes': '--volumes' }), () =>
            curve(l.scenario, { volumes }),
          ) as CurveReport,
        }));
  const command = explain ? 'explain' : 'compare';
  return renderAs(
    opts.format,
    {
      json: () => ({
        command,
        tool: TOOL,
        input: input(file, opts, loaded),
        runs: runs.map((r, i) => ({
          profile: r.profile,
          scenario: r.scenario,
          ...r.result,
          ...(matrix === null ? {} : { matrix: matrix[i]!.result.points }),
        })),
      }),
      csv: () => (matrix === null ? compareToCsv(runs, explain) : curveToCsv(matrix)),
      doc: () => withMatrix(compareToDoc(runs, explain), matrix),
      text: () =>
        `${explain ? explainToText(runs) : compareToText(runs)}${matrix === null ? '' : `\n${renderText(matrixToDoc(matrix))}`}`,
      focus: () => focusTable(loaded),
      ...compareViews(runs, explain),
    },
    { ...opts, shownIn: currencyFor(loaded[0]!.scenario) },
  );
}

/** A comparison's report with the candidates × volumes matrix (`--volumes`) after it. */
function withMatrix(doc: ReportDoc, matrix: readonly ProfiledRun<CurveReport>[] | null): ReportDoc {
  if (matrix === null) return doc;
  return {
    ...doc,
    blocks: [
      ...doc.blocks,
      { kind: 'heading', text: 'Monthly cost by volume (candidates × volumes)' },
      ...matrixToDoc(matrix).blocks,
    ],
  };
}

/** `compare [scenario]`: every strategy at the scenario's volume. */
export function compareCommand(file: string | undefined, opts: ScenarioCommandOptions): string {
  return compareOrExplain(file, opts, false);
}

/** `explain [scenario]`: every line item with its formula, numbers and price source. */
export function explainCommand(file: string | undefined, opts: ScenarioCommandOptions): string {
  return compareOrExplain(file, opts, true);
}

/**
 * Parses `--between rag,fine-tune` into two candidate names: a kind's name (`fine-tune`) is its
 * `strategies` entry (`fineTune`); any other name is a candidate's, checked by the engine.
 */
export function parseBetween(text: string | undefined): [CandidateId, CandidateId] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(',').map((p) => p.trim());
  const ids = parts.map((p) => strategyIdOf(p) ?? p);
  if (parts.length !== 2 || ids.some((id) => id === '')) {
    throw usageError(
      `--between expects two strategies or candidates, e.g. --between rag,fine-tune (${STRATEGY_CLI_NAMES}, or names under \`candidates\`); got \`${text}\``,
      '--between',
    );
  }
  if (ids[0] === ids[1]) throw usageError('--between needs two different strategies', '--between');
  return ids as [CandidateId, CandidateId];
}

/** `breakeven [scenario] [--between a,b]`: every crossover of a pair, or of every pair. */
export function breakevenCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly between?: string },
): string {
  const between = parseBetween(opts.between);
  const loaded = load(file, opts);
  const runs = loaded.map((l) => {
    let pairs: [CandidateId, CandidateId][];
    if (between !== undefined) pairs = [between];
    else {
      // Every pair of the strategies that can be bought on the date (the run's warnings name the rest).
      const closed = new Set(compare(l.scenario).run.unavailable.map((u) => u.strategy));
      const ids = strategiesIn(l.scenario).filter((id) => !closed.has(id));
      pairs = [];
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
      if (pairs.length === 0) pairs = [defaultPair(ids) ?? ['fineTune', 'rag']];
    }
    const result: BreakevenReport[] = pairs.map((pair) =>
      withFlags(flagsOf(opts, { 'options.between': '--between' }), () =>
        breakeven(l.scenario, { between: pair }),
      ),
    );
    return { profile: l.profile, result };
  });
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'breakeven',
        tool: TOOL,
        input: input(file, opts, loaded),
        runs: runs.map((r) => ({
          profile: r.profile,
          run: r.result[0]!.run,
          breakevens: r.result.map((b) => b.breakeven),
        })),
      }),
      csv: () => breakevenToCsv(runs),
      doc: () => breakevenToDoc(runs),
      ...breakevenViews(runs, loaded),
    },
    { ...opts, shownIn: currencyFor(loaded[0]!.scenario) },
  );
}

/** `curve [scenario]`: monthly cost of every strategy over a range or list of volumes. */
export function curveCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & {
    readonly from?: string;
    readonly to?: string;
    readonly points?: string;
    readonly volumes?: string;
  },
): string {
  let options: Parameters<typeof curve>[1];
  if (opts.volumes !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined || opts.points !== undefined) {
      throw usageError('give either --volumes or --from/--to/--points', '--volumes');
    }
    options = { volumes: opts.volumes.split(',').map((v) => parseWholeFlag(v.trim(), '--volumes')) };
  } else {
    const points = parseWholeFlag(opts.points ?? '25', '--points', { min: 2, max: 100_000 });
    options = {
      range: {
        from: parseWholeFlag(opts.from ?? '1000', '--from'),
        to: parseWholeFlag(opts.to ?? '1e9', '--to'),
        points,
      },
    };
  }
  const loaded = load(file, opts);
  const flags = flagsOf(opts, {
    'options.range.from': '--from',
    'options.range.to': '--to',
    'options.range.points': '--points',
    'options.volumes': '--volumes',
  });
  const runs = loaded.map((l) => ({
    profile: l.profile,
    result: withFlags(flags, () => curve(l.scenario, options)) as CurveReport,
  }));
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'curve',
        tool: TOOL,
        input: input(file, opts, loaded),
        runs: runs.map((r) => ({ profile: r.profile, ...r.result })),
      }),
      csv: () => curveToCsv(runs),
      doc: () => curveToDoc(runs),
      ...curveViews(runs, loaded),
    },
    { ...opts, shownIn: currencyFor(loaded[0]!.scenario) },
  );
}

/** `horizon [scenario] --months N`: cumulative cost by month and the breakeven months. */
export function horizonCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly months?: string },
): string {
  const months =
    opts.months === undefined ? undefined : parseWholeFlag(opts.months, '--months', { min: 1, max: 1200 });
  const loaded = load(file, opts);
  const runs = loaded.map((l) => ({
    profile: l.profile,
    result: withFlags(flagsOf(opts, { 'options.months': '--months' }), () =>
      horizon(l.scenario, months === undefined ? {} : { months }),
    ) as HorizonReport,
  }));
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'horizon',
        tool: TOOL,
        input: input(file, opts, loaded),
        runs: runs.map((r) => ({ profile: r.profile, ...r.result })),
      }),
      csv: () => horizonToCsv(runs),
      doc: () => horizonToDoc(runs),
      focus: () => focusTable(loaded, months),
      ...horizonViews(runs, loaded),
    },
    { ...opts, shownIn: currencyFor(loaded[0]!.scenario) },
  );
}

/** Points a sweep may show as a table, Markdown or HTML: beyond that, only CSV and JSON (streamed). */
export const MAX_DOC_SWEEP_POINTS = 10_000;

/**
 * `sweep [scenario] --vary path=values …`: the cartesian product, breakeven and multiple per point.
 * CSV and JSON stream point by point (memory stays bounded up to the 1,000,000-point limit); the
 * other formats lay out a whole table, so they take at most {@link MAX_DOC_SWEEP_POINTS} points.
 */
export function sweepCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly vary?: readonly string[]; readonly between?: string },
): Produced {
  const vary = opts.vary ?? [];
  if (vary.length === 0) {
    throw usageError(
      'sweep needs at least one --vary, e.g. --vary requestsPerMonth=1e3..1e9:log:25',
      '--vary',
    );
  }
  const axes = vary.map(parseVary);
  const between = parseBetween(opts.between);
  const loaded = load(file, opts);
  const plan = planSweep(loaded, axes, between);
  const streamed = opts.format === 'csv' || opts.format === 'json';
  if (!streamed && plan.total > MAX_DOC_SWEEP_POINTS) {
    throw usageError(
      `the sweep has ${plan.total.toLocaleString('en-US')} points; -f ${opts.format} shows at most ${MAX_DOC_SWEEP_POINTS.toLocaleString('en-US')}: use -f csv or -f json (streamed, up to 1,000,000), or fewer values per --vary`,
      '--format',
    );
  }
  const progress: { bar?: ProgressBar } = {};
  const batches = function* (): Generator<SweepPoint[]> {
    yield* sweepPoints(loaded, plan, flagsOf(opts), (done, total) => {
      progress.bar ??= createProgressBar(total, 'sweep', process.stderr, 5000);
      progress.bar.tick(done);
    });
    progress.bar?.finish();
  };
  if (opts.format === 'csv') {
    // Money columns rounded as every CSV is (--precision), row by row as they stream.
    const precision = precisionOf((opts as { precision?: string }).precision, 'csv');
    const header = sweepCsvHeader(plan);
    const row = (p: Parameters<typeof sweepCsvRow>[1]) =>
      renderCsvLine(applyPrecision({ header, rows: [sweepCsvRow(plan, p)] }, precision).rows[0]!);
    return (function* () {
      yield `${opts.bom ? '\uFEFF' : ''}${renderCsvLine(header)}\r\n`;
      for (const batch of batches()) {
        if (batch.length > 0) yield `${batch.map(row).join('\r\n')}\r\n`;
      }
    })();
  }
  if (opts.format === 'json') {
    return streamJsonReport(
      { command: 'sweep', tool: TOOL, input: input(file, opts, loaded), ...sweepHeadToJson(plan) },
      'points',
      (function* () {
        for (const batch of batches()) yield batch.map((p) => sweepPointToJson(plan, p));
      })(),
    );
  }
  const points: SweepPoint[] = [];
  for (const batch of batches()) for (const p of batch) points.push(p);
  const result: SweepResult = { ...plan, points };
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'sweep',
        tool: TOOL,
        input: input(file, opts, loaded),
        ...sweepToJson(result),
      }),
      csv: () => sweepToCsv(result),
      doc: () => sweepToDoc(result),
    },
    { ...opts, shownIn: currencyFor(loaded[0]!.scenario) },
  );
}

/** `validate <file>`: parses every profile and prices it; a one-line summary when all is well. */
export function validateCommand(file: string, opts: ScenarioOptions): string {
  const loaded = load(file, opts);
  const results: CompareResult[] = loaded.map((l) => withFlags(flagsOf(opts), () => compare(l.scenario)));
  const first = results[0]!;
  const profiles = loaded.map((l) => l.profile).filter((p) => p !== null);
  return `ok: ${file}: ${first.strategies.length} strategies (${first.strategies.map((s) => s.strategy).join(', ')})${profiles.length > 0 ? `, profiles ${profiles.join(', ')}` : ''}; prices ${first.run.asOf === null ? 'newest' : `as of ${first.run.asOf}`}\n`;
}
