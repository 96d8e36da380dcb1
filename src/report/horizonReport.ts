import type { HorizonReport } from '../calculate.js';
import { STRATEGY_IDS, STRATEGY_LABELS } from '../model/types.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import { describeRun, formatAmount } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

function idsOf(result: HorizonReport) {
  return STRATEGY_IDS.filter((id) => result.months[0]?.cumulative[id] !== undefined);
}

/** Cumulative cost by month (per profile) and the breakeven months, as a format-neutral report. */
export function horizonToDoc(runs: readonly ProfiledRun<HorizonReport>[]): ReportDoc {
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    blocks.push(...describeRun(result.run).map((text): ReportBlock => ({ kind: 'paragraph', text })));
    const ids = idsOf(result);
    blocks.push({
      kind: 'table',
      columns: [num('Month'), ...ids.map((id) => num(`${STRATEGY_LABELS[id]} (cum.)`)), col('Leader')],
      rows: result.months.map((m) => [
        String(m.month),
        ...ids.map((id) => formatAmount(m.cumulative[id]!)),
        STRATEGY_LABELS[m.leader],
      ]),
    });
    blocks.push({ kind: 'heading', text: 'Breakeven months (the cumulative leader changes)' });
    blocks.push({
      kind: 'list',
      items:
        result.crossings.length === 0
          ? ['None within the horizon: each pair keeps its order every month.']
          : result.crossings.map(
              (c) =>
                `${STRATEGY_LABELS[c.between[0]]} vs ${STRATEGY_LABELS[c.between[1]]}: month ${c.month}, ${STRATEGY_LABELS[c.cheaperFrom]} cheaper from then on (was ${STRATEGY_LABELS[c.cheaperBefore]}).`,
            ),
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Cumulative USD, cash view: one-time costs fall in the months they are paid (month 1, and every N months when re-trained).',
  });
  const name = runs[0]!.result.run.scenarioName;
  return {
    title: `tune-or-rag horizon: ${name}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per month (per profile): paid and cumulative USD per strategy, and the leader. */
export function horizonToCsv(runs: readonly ProfiledRun<HorizonReport>[]): CsvTable {
  const ids = STRATEGY_IDS.filter((id) => runs.some((r) => idsOf(r.result).includes(id)));
  return {
    header: ['profile', 'month', ...ids.flatMap((id) => [`${id}PaidUsd`, `${id}CumulativeUsd`]), 'leader'],
    rows: runs.flatMap(({ profile, result }) =>
      result.months.map((m) => [
        profile,
        String(m.month),
        ...ids.flatMap((id) => [m.costs[id]?.toFixed() ?? null, m.cumulative[id]?.toFixed() ?? null]),
        m.leader,
      ]),
    ),
  };
}
