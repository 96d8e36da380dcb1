import type { RecommendResult } from '../analysis/recommend.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import { describeBreakeven, describeRun, formatAmount } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

const NEED_LABELS = {
  styleOrFormat: 'style or format',
  freshFacts: 'fresh facts',
  citations: 'citations',
} as const;

/** A recommendation (per profile) as a format-neutral report: verdict, rule, removals, costs. */
export function recommendToDoc(runs: readonly ProfiledRun<RecommendResult>[]): ReportDoc {
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    blocks.push(...describeRun(result.run).map((text): ReportBlock => ({ kind: 'paragraph', text })));
    blocks.push({ kind: 'heading', text: 'Verdict' });
    blocks.push({ kind: 'paragraph', text: result.verdict });
    const needs = (Object.keys(NEED_LABELS) as (keyof typeof NEED_LABELS)[])
      .filter((n) => result.needs[n])
      .map((n) => NEED_LABELS[n]);
    blocks.push({
      kind: 'heading',
      text: `Rule: ${result.rule} (needs: ${needs.join(', ') || 'none stated'})`,
    });
    blocks.push({ kind: 'paragraph', text: result.ruleText });
    blocks.push({ kind: 'heading', text: 'Eligible strategies, cheapest first (USD a month)' });
    blocks.push({
      kind: 'table',
      columns: [col('Strategy'), num('Monthly total'), col('Meets the needs'), col('Does not meet')],
      rows: result.eligible.map((e) => [
        e.label,
        formatAmount(e.monthlyTotal),
        e.meetsNeeds ? 'yes' : 'no',
        e.unmetNeeds.map((n) => NEED_LABELS[n]).join(', '),
      ]),
    });
    blocks.push({ kind: 'heading', text: 'Removed by constraints' });
    blocks.push({
      kind: 'list',
      items:
        result.removed.length === 0
          ? ['None.']
          : result.removed.map(
              (r) =>
                `${r.label} (${r.constraint}): ${r.reason}${r.sources.length > 0 ? ` [${r.sources.join(', ')}]` : ''}`,
            ),
    });
    if (result.breakevens.length > 0 && result.recommended !== null) {
      blocks.push({
        kind: 'heading',
        text: `Breakevens of ${result.eligible.find((e) => e.strategy === result.recommended)?.label ?? result.recommended}`,
      });
      blocks.push({ kind: 'list', items: result.breakevens.flatMap((b) => describeBreakeven(b)) });
    }
    blocks.push({ kind: 'heading', text: 'How sure' });
    blocks.push({ kind: 'paragraph', text: result.sureness.note });
    for (const note of result.notes) blocks.push({ kind: 'paragraph', text: note });
  }
  const name = runs[0]!.result.run.scenarioName;
  return {
    title: `tune-or-rag recommend: ${name}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per strategy (per profile): eligible or removed, cost, needs met, the verdict's pick. */
export function recommendToCsv(runs: readonly ProfiledRun<RecommendResult>[]): CsvTable {
  return {
    header: [
      'profile',
      'strategy',
      'status',
      'monthlyTotalUsd',
      'meetsNeeds',
      'reason',
      'recommended',
      'rule',
    ],
    rows: runs.flatMap(({ profile, result }) => [
      ...result.eligible.map((e) => [
        profile,
        e.strategy,
        'eligible',
        e.monthlyTotal.toFixed(),
        e.meetsNeeds ? 'true' : 'false',
        e.unmetNeeds.join(' '),
        result.recommended === e.strategy ? 'true' : 'false',
        result.rule,
      ]),
      ...result.removed.map((r) => [
        profile,
        r.strategy,
        'removed',
        null,
        null,
        `${r.constraint}: ${r.reason}`,
        'false',
        result.rule,
      ]),
    ]),
  };
}
