/**
 * `tune-or-rag/report`: turn results into something to read. Pure functions, no Node APIs, so they run
 * in a page as well as in Node: plain text, Markdown, HTML and CSV renderers of a format-neutral
 * report, and standalone SVG charts (cost by volume, cumulative cost by month).
 *
 * @example
 * ```ts
 * import { compare, curve, defaultScenario } from 'tune-or-rag';
 * import { compareToDoc, renderCostCurveSvg, renderHtml } from 'tune-or-rag/report';
 * const scenario = defaultScenario();
 * const result = compare(scenario);
 * const html = renderHtml(compareToDoc([{ profile: null, result }]));
 * const svg = renderCostCurveSvg(curve(scenario), { breakevens: result.breakevens });
 * svg.startsWith('<svg'); //=> true
 * html.includes('Monthly total'); //=> true
 * ```
 *
 * @packageDocumentation
 */

export { breakevenToCsv, breakevenToDoc } from './report/breakevenReport.js';
export type { CandidateNames, NamedCandidates } from './report/candidateNames.js';
export { candidateNames } from './report/candidateNames.js';
export {
  compareToCsv,
  compareToDoc,
  compareToText,
  explainToText,
  lineSource,
} from './report/compareReport.js';
export { cheapestOf, curveToCsv, curveToDoc } from './report/curveReport.js';
export { horizonToCsv, horizonToDoc } from './report/horizonReport.js';
export type { ProfiledRun } from './report/profiledRun.js';
export type { RenderOptions } from './report/renderCompareTable.js';
export {
  describeBreakeven,
  describeMultiple,
  describeRun,
  formatAmount,
  formatVolume,
  renderCompareTable,
} from './report/renderCompareTable.js';
export type { CsvTable } from './report/renderCsv.js';
export { neutraliseCell, quoteCell, renderCsv } from './report/renderCsv.js';
export { escapeHtml, renderHtml } from './report/renderHtml.js';
export { renderJsonReport } from './report/renderJsonReport.js';
export { escapeMarkdown, renderMarkdown } from './report/renderMarkdown.js';
export { renderText } from './report/renderText.js';
export type { ReportBlock, ReportColumn, ReportDoc, ReportFigure, ReportTable } from './report/reportDoc.js';
export type { CostCurveSvgOptions, EnvelopeCrossover } from './report/svg/renderCostCurveSvg.js';
export { describeEnvelope, envelopeCrossovers, renderCostCurveSvg } from './report/svg/renderCostCurveSvg.js';
export type { HorizonSvgOptions } from './report/svg/renderHorizonSvg.js';
export { renderHorizonSvg } from './report/svg/renderHorizonSvg.js';
export type { TornadoSvgOptions } from './report/svg/renderTornadoSvg.js';
export { renderTornadoSvg } from './report/svg/renderTornadoSvg.js';
export { stackSvgs } from './report/svg/stackSvgs.js';
export { STRATEGY_STYLES } from './report/svg/svgMarkup.js';
export { volumesAround } from './report/svg/volumesAround.js';
export {
  describeDistribution,
  sensitivityToCsv,
  sensitivityToDoc,
  simulateToCsv,
  simulateToDoc,
} from './report/uncertaintyReport.js';
export { sourcesBlocks, withFigures } from './report/withFigures.js';
