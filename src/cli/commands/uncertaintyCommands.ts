import type { SensitivityResult } from '../../analysis/sensitivityWith.js';
import type { SimulateResult } from '../../analysis/simulateWith.js';
import { candidateNames } from '../../report/candidateNames.js';
import { renderTornadoSvg } from '../../report/svg/renderTornadoSvg.js';
import { stackSvgs } from '../../report/svg/stackSvgs.js';
import {
  sensitivityToCsv,
  sensitivityToDoc,
  simulateToCsv,
  simulateToDoc,
} from '../../report/uncertaintyReport.js';
import { withFigures } from '../../report/withFigures.js';
import { usageError } from '../cliError.js';
import { sensitivity, simulate } from '../engine.js';
import { parseBetween } from '../parseBetween.js';
import { parseWholeFlag } from '../parseWholeFlag.js';
import { runCommand, type ScenarioCommandOptions, type ScenarioRun } from '../runCommand.js';

/** `simulate [scenario] --samples N --seed S`: the Monte Carlo over the scenario's `uncertainty` block. */
export function simulateCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly samples?: string; readonly seed?: string },
): string {
  const samples =
    opts.samples === undefined
      ? undefined
      : parseWholeFlag(opts.samples, '--samples', { min: 1, max: 1_000_000 });
  const seed =
    opts.seed === undefined ? undefined : parseWholeFlag(opts.seed, '--seed', { min: 0, max: 4_294_967_295 });
  return runCommand(file, opts, {
    command: 'simulate',
    flags: { 'options.samples': '--samples', 'options.seed': '--seed' },
    run: (scenario) =>
      simulate(scenario, {
        ...(samples === undefined ? {} : { samples }),
        ...(seed === undefined ? {} : { seed }),
      }) as SimulateResult,
    views: (runs) => ({
      csv: () => simulateToCsv(runs),
      doc: () => simulateToDoc(runs, candidateNames(runs.map((r) => r.result.run)).label),
    }),
  });
}

/** `sensitivity [scenario] [--between a,b] [--rank-by breakeven|multiple]`: the tornado. */
export function sensitivityCommand(
  file: string | undefined,
  opts: ScenarioCommandOptions & { readonly between?: string; readonly rankBy?: string },
): string {
  const between = parseBetween(opts.between);
  const rankBy = opts.rankBy;
  if (rankBy !== undefined && rankBy !== 'breakeven' && rankBy !== 'multiple') {
    throw usageError(`--rank-by expects breakeven or multiple; got \`${rankBy}\``, '--rank-by');
  }
  return runCommand(file, opts, {
    command: 'sensitivity',
    flags: { 'options.between': '--between', 'options.rankBy': '--rank-by' },
    run: (scenario) =>
      sensitivity(scenario, {
        ...(between === undefined ? {} : { between }),
        ...(rankBy === undefined ? {} : { rankBy }),
      }) as SensitivityResult,
    views: (runs) => {
      // Labels of the runs' candidates (a named candidate's own label, else its name).
      const labelOf = candidateNames(runs.map((r) => r.result.run)).label;
      const chart = (r: ScenarioRun<SensitivityResult>) =>
        renderTornadoSvg(r.result, {
          labelOf,
          id: r.profile === null ? 'tor-tornado' : `tor-tornado-${r.profile}`,
        });
      return {
        csv: () => sensitivityToCsv(runs),
        doc: () => sensitivityToDoc(runs, labelOf),
        svg: () =>
          runs.length === 1
            ? chart(runs[0]!)
            : stackSvgs(runs.map(chart), `What moves the breakeven: ${runs[0]!.result.run.scenarioName}`),
        html: () =>
          withFigures(
            sensitivityToDoc(runs, labelOf),
            runs.map((r) => [{ kind: 'figure', svg: chart(r), caption: 'What moves the breakeven' }]),
          ),
      };
    },
  });
}
