import { defaultPair } from '../../analysis/sweep.js';
import type { BreakevenReport, CurveReport, HorizonReport } from '../../calculate.js';
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
import type { ScenarioInput } from '../../scenario/scenarioSchema.js';
import { breakevenViews, compareViews, curveViews, horizonViews } from '../chartViews.js';
import { usageError } from '../cliError.js';
import { breakeven, compare, currencyFor, curve, horizon } from '../engine.js';
import { focusTable } from '../focusTable.js';
import type { ScenarioOptions } from '../loadScenarios.js';
import { parseBetween } from '../parseBetween.js';
import { parseVary } from '../parseVary.js';
import { parseWholeFlag } from '../parseWholeFlag.js';
import { createProgressBar, type ProgressBar } from '../progressBar.js';
import { precisionOf, renderAs } from '../renderAs.js';
import {
  flagsOf,
  inputOf,
  loadFor,
  runCommand,
  runProfiles,
  type ScenarioCommandOptions,
} from '../runCommand.js';
import { planSweepFlags, sweepPointsFlags } from '../runSweep.js';
import { TOOL } from '../tool.js';
import { withFlags } from '../withFlags.js';
import type { Produced } from '../writeOutput.js';

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
  return runCommand(file, opts, {
    command: explain ? 'explain' : 'compare',
    run: (scenario) => compare(scenario),
    views: (runs) => {
      const matrix =
        volumes === undefined
          ? null
          : runs.map((r) => ({
              profile: r.profile,
              result: withFlags(flagsOf(opts, { 'options.volumes': '--volumes' }), () =>
                curve(r.scenario, { volumes }),
              ) as CurveReport,
            }));
      return {
        runJson: (r, i) => ({
          profile: r.profile,
          scenario: r.scenario,
          ...r.result,
          ...(matrix === null ? {} : { matrix: matrix[i]!.result.points }),
        }),
        csv: () => (matrix === null ? compareToCsv(runs, explain) : curveToCsv(matrix)),
        doc: () => withMatrix(compareToDoc(runs, explain), matrix),
        text: () =>
          `${explain ? explainToText(runs) : compareToText(runs)}${matrix === null ? '' : `\n${renderText(matrixToDoc(matrix))}`}`,
        focus: () => focusTable(runs),
        ...compareViews(runs, explain),
      };
    },
  });
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

/** The pairs `breakeven` runs: `--between`, else every pair that can be bought on the date. */
function pairsOf(
  scenario: ScenarioInput,
  between: [CandidateId, CandidateId] | undefined,
): [CandidateId, CandidateId][] {
  if (between !== undefined) return [between];
  // Every pair of the strategies that can be bought on the date (the run's warnings name the rest).
  const run = compare(scenario).run;
  const closed = new Set(run.unavailable.map((u) => u.strategy));
  const ids = run.candidates.map((c) => c.id).filter((id) => !closed.has(id));
  const pairs: [CandidateId, CandidateId][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs.length === 0 ? [defaultPair(ids) ?? ['fineTune', 'rag']] : pairs;
}

/** `breakeven [scenario] [--between a,b]`: every crossover of a pair, or of every pair. */
export function breakevenCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly between?: string },
): string {
  const between = parseBetween(opts.between);
  return runCommand(file, opts, {
    command: 'breakeven',
    flags: { 'options.between': '--between' },
    run: (scenario): BreakevenReport[] =>
      pairsOf(scenario, between).map((pair) => breakeven(scenario, { between: pair })),
    views: (runs) => ({
      runJson: (r) => ({
        profile: r.profile,
        run: r.result[0]!.run,
        breakevens: r.result.map((b) => b.breakeven),
      }),
      csv: () => breakevenToCsv(runs),
      doc: () => breakevenToDoc(runs),
      ...breakevenViews(runs, runs),
    }),
  });
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
  return runCommand(file, opts, {
    command: 'curve',
    flags: {
      'options.range.from': '--from',
      'options.range.to': '--to',
      'options.range.points': '--points',
      'options.volumes': '--volumes',
    },
    run: (scenario) => curve(scenario, options) as CurveReport,
    views: (runs) => ({
      csv: () => curveToCsv(runs),
      doc: () => curveToDoc(runs),
      ...curveViews(runs, runs),
    }),
  });
}

/** `horizon [scenario] --months N`: cumulative cost by month and the breakeven months. */
export function horizonCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly months?: string },
): string {
  const months =
    opts.months === undefined ? undefined : parseWholeFlag(opts.months, '--months', { min: 1, max: 1200 });
  return runCommand(file, opts, {
    command: 'horizon',
    flags: { 'options.months': '--months' },
    run: (scenario) => horizon(scenario, months === undefined ? {} : { months }) as HorizonReport,
    views: (runs) => ({
      csv: () => horizonToCsv(runs),
      doc: () => horizonToDoc(runs),
      focus: () => focusTable(runs, months),
      ...horizonViews(runs, runs),
    }),
  });
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
  const loaded = loadFor(file, opts);
  const plan = planSweepFlags(loaded, axes, between, flagsOf(opts));
  const streamed = opts.format === 'csv' || opts.format === 'json';
  if (!streamed && plan.total > MAX_DOC_SWEEP_POINTS) {
    throw usageError(
      `the sweep has ${plan.total.toLocaleString('en-US')} points; -f ${opts.format} shows at most ${MAX_DOC_SWEEP_POINTS.toLocaleString('en-US')}: use -f csv or -f json (streamed, up to 1,000,000), or fewer values per --vary`,
      '--format',
    );
  }
  const progress: { bar?: ProgressBar } = {};
  const batches = function* (): Generator<SweepPoint[]> {
    yield* sweepPointsFlags(loaded, plan, flagsOf(opts), (done, total) => {
      progress.bar ??= createProgressBar(total, 'sweep', process.stderr, 5000);
      progress.bar.tick(done);
    });
    progress.bar?.finish();
  };
  if (opts.format === 'csv') {
    // Money columns rounded as every CSV is (--precision), row by row as they stream.
    const precision = precisionOf(opts.precision, 'csv');
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
      { command: 'sweep', tool: TOOL, input: inputOf(file, opts, loaded), ...sweepHeadToJson(plan) },
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
        input: inputOf(file, opts, loaded),
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
  const runs = runProfiles(file, opts, {}, (scenario) => compare(scenario));
  const first = runs[0]!.result;
  const profiles = runs.map((r) => r.profile).filter((p) => p !== null);
  return `ok: ${file}: ${first.strategies.length} strategies (${first.strategies.map((s) => s.strategy).join(', ')})${profiles.length > 0 ? `, profiles ${profiles.join(', ')}` : ''}; prices ${first.run.asOf === null ? 'newest' : `as of ${first.run.asOf}`}\n`;
}
