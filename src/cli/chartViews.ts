import type { BreakevenReport, CompareResult, CurveReport, HorizonReport } from '../calculate.js';
import type { Dec } from '../decimal.js';
import { breakevenToDoc } from '../report/breakevenReport.js';
import { compareToDoc } from '../report/compareReport.js';
import { curveToDoc } from '../report/curveReport.js';
import { horizonToDoc } from '../report/horizonReport.js';
import { type ProfiledRun, profileSuffix } from '../report/profiledRun.js';
import type { ReportDoc, ReportFigure } from '../report/reportDoc.js';
import { renderCostCurveSvg } from '../report/svg/renderCostCurveSvg.js';
import { renderHorizonSvg } from '../report/svg/renderHorizonSvg.js';
import { stackSvgs } from '../report/svg/stackSvgs.js';
import { volumesAround } from '../report/svg/volumesAround.js';
import { sourcesBlocks, withFigures } from '../report/withFigures.js';
import type { ScenarioInput } from '../scenario/scenarioSchema.js';
import { compare, curve, horizon } from './engine.js';

// The charts of `--format svg` and `--format html`, built only when one of them is asked for.

interface Loaded {
  readonly profile: string | null;
  readonly scenario: ScenarioInput;
}

/** What a command adds to its renderable for `svg` and `html`. */
export interface ChartViews {
  readonly svg?: () => string;
  readonly html: () => ReportDoc;
}

const idOf = (base: string, profile: string | null) => (profile === null ? base : `${base}-${profile}`);

function costChart(l: Loaded, curveReport: CurveReport | null, mark?: Dec): string {
  const result = compare(l.scenario);
  const c =
    curveReport ??
    curve(l.scenario, { volumes: volumesAround(result.run.requestsPerMonth).map((v) => v.toFixed()) });
  return renderCostCurveSvg(c, {
    breakevens: result.breakevens,
    id: idOf('tor-cost-curve', l.profile),
    title: `Monthly cost by volume: ${c.run.scenarioName}${profileSuffix(l.profile)}`,
    ...(mark === undefined ? {} : { markRequestsPerMonth: mark }),
  });
}

function horizonChart(l: Loaded, report: HorizonReport | null): string {
  const h = report ?? horizon(l.scenario);
  return renderHorizonSvg(h, {
    id: idOf('tor-horizon', l.profile),
    title: `Cumulative cost by month: ${h.run.scenarioName}${profileSuffix(l.profile)}`,
  });
}

const figure = (svg: string, caption: string): ReportFigure => ({ kind: 'figure', svg, caption });

/** `compare`/`explain`: the cost curve around the scenario's volume, and the horizon. */
export function compareViews(
  runs: readonly (ProfiledRun<CompareResult> & Loaded)[],
  explain: boolean,
): ChartViews {
  const cost = (r: (typeof runs)[number]) => costChart(r, null, r.result.run.requestsPerMonth);
  return {
    svg: () => stackSvgs(runs.map(cost), 'Monthly cost by volume, per profile'),
    html: () => {
      const doc = withFigures(
        compareToDoc(runs, explain),
        runs.map((r) => [
          figure(
            cost(r),
            `Monthly cost by volume${profileSuffix(r.profile)}: the shaded line is the cheapest strategy; the vertical line is this scenario's volume.`,
          ),
          figure(horizonChart(r, null), `Cumulative cost by month${profileSuffix(r.profile)} (cash view).`),
        ]),
      );
      return { ...doc, blocks: [...doc.blocks, ...sourcesBlocks(runs.map((r) => r.result))] };
    },
  };
}

/** `breakeven`: the cost curve around the scenario's volume (HTML only). */
export function breakevenViews(
  runs: readonly ProfiledRun<readonly BreakevenReport[]>[],
  loaded: readonly Loaded[],
): ChartViews {
  return {
    html: () =>
      withFigures(
        breakevenToDoc(runs),
        loaded.map((l, i) => [
          figure(
            costChart(l, null, runs[i]!.result[0]!.run.requestsPerMonth),
            `Monthly cost by volume${profileSuffix(l.profile)}: each circle is a volume where the cheapest strategy changes.`,
          ),
        ]),
      ),
  };
}

/** `curve`: the curve asked for, with exact crossovers. */
export function curveViews(runs: readonly ProfiledRun<CurveReport>[], loaded: readonly Loaded[]): ChartViews {
  const charts = () => loaded.map((l, i) => costChart(l, runs[i]!.result));
  return {
    svg: () => stackSvgs(charts(), 'Monthly cost by volume, per profile'),
    html: () =>
      withFigures(
        curveToDoc(runs),
        charts().map((svg, i) => [
          figure(svg, `Monthly cost by volume${profileSuffix(loaded[i]!.profile)}.`),
        ]),
      ),
  };
}

/** `horizon`: cumulative cost by month, breakeven months and closures. */
export function horizonViews(
  runs: readonly ProfiledRun<HorizonReport>[],
  loaded: readonly Loaded[],
): ChartViews {
  const charts = () => loaded.map((l, i) => horizonChart(l, runs[i]!.result));
  return {
    svg: () => stackSvgs(charts(), 'Cumulative cost by month, per profile'),
    html: () =>
      withFigures(
        horizonToDoc(runs),
        charts().map((svg, i) => [
          figure(svg, `Cumulative cost by month${profileSuffix(loaded[i]!.profile)} (cash view).`),
        ]),
      ),
  };
}
