import { D, type Dec } from '../decimal.js';
import type { SavedBreakeven, SavedRun } from './savedRun.js';

/** Old and new value of an amount, the change and the change in percent of the old. */
export interface AmountChange {
  readonly old: Dec | null;
  readonly new: Dec | null;
  readonly change: Dec | null;
  /** null when there is no old value or it is 0. */
  readonly percent: Dec | null;
}

export interface LineDiff extends AmountChange {
  readonly id: string;
  readonly label: string;
}

export interface StrategyDiff extends AmountChange {
  readonly strategy: string;
  readonly label: string;
  readonly lines: readonly LineDiff[];
}

/** A changed fact about the run or its input: `asOf`, a price table date, a scenario field. */
export interface FactChange {
  readonly field: string;
  readonly old: string | null;
  readonly new: string | null;
}

export interface RunDiff {
  readonly profileA: string | null;
  readonly profileB: string | null;
  readonly scenarioName: string;
  readonly facts: readonly FactChange[];
  readonly strategies: readonly StrategyDiff[];
}

export interface DiffResult {
  readonly runs: readonly RunDiff[];
  /** Profiles present in one file only. */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
}

function amountChange(oldText: string | undefined, newText: string | undefined): AmountChange {
  const o = oldText === undefined ? null : new D(oldText);
  const n = newText === undefined ? null : new D(newText);
  const change = o !== null && n !== null ? n.minus(o) : null;
  const percent = change !== null && o !== null && !o.isZero() ? change.div(o).times(100) : null;
  return { old: o, new: n, change, percent };
}

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path === '' ? k : `${path}.${k}`, out);
  } else if (value !== undefined) {
    out.set(path, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

function mapChanges(a: Map<string, string>, b: Map<string, string>, prefix: string): FactChange[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((k) => a.get(k) !== b.get(k))
    .map((k) => ({ field: `${prefix}${k}`, old: a.get(k) ?? null, new: b.get(k) ?? null }));
}

/** `14028.47` / `never: rag` / `equal`, for a breakeven of a saved run. */
export function describeSavedBreakeven(b: SavedBreakeven | undefined): string | null {
  if (b === undefined) return null;
  if (b.kind === 'never') return `never (${b.cheaper} cheaper)`;
  if (b.kind === 'equal') return 'equal';
  return (b.crossovers ?? []).map((c) => new D(c.requestsPerMonth).toDecimalPlaces(2).toFixed()).join('; ');
}

function diffRun(a: SavedRun, b: SavedRun): RunDiff {
  const facts: FactChange[] = [];
  const fact = (field: string, o: string | null, n: string | null) => {
    if (o !== n) facts.push({ field, old: o, new: n });
  };
  fact('scenarioName', a.run.scenarioName, b.run.scenarioName);
  fact('asOf', a.run.asOf, b.run.asOf);
  fact('requestsPerMonth', a.run.requestsPerMonth, b.run.requestsPerMonth);
  fact('pricingDataVersion', a.run.pricingDataVersion, b.run.pricingDataVersion);
  // The same dataset version with other content: a user's own tables (--prices) changed.
  fact('pricingContentHash', a.run.pricingContentHash ?? null, b.run.pricingContentHash ?? null);
  facts.push(
    ...mapChanges(
      new Map(Object.entries(a.run.tables)),
      new Map(Object.entries(b.run.tables)),
      'priceTable.',
    ),
  );
  fact('cheapest', a.cheapest, b.cheapest);
  const pairs = new Map<string, [SavedBreakeven | undefined, SavedBreakeven | undefined]>();
  for (const x of a.breakevens) pairs.set(x.between.join(' vs '), [x, undefined]);
  for (const x of b.breakevens)
    pairs.set(x.between.join(' vs '), [pairs.get(x.between.join(' vs '))?.[0], x]);
  for (const [pair, [x, y]] of pairs)
    fact(`breakeven ${pair}`, describeSavedBreakeven(x), describeSavedBreakeven(y));
  if (a.scenario !== undefined || b.scenario !== undefined) {
    const fa = new Map<string, string>();
    const fb = new Map<string, string>();
    flatten(a.scenario ?? {}, '', fa);
    flatten(b.scenario ?? {}, '', fb);
    fa.delete('name');
    fb.delete('name');
    facts.push(...mapChanges(fa, fb, 'input.'));
  }
  const ids = [...new Set([...a.strategies.map((s) => s.strategy), ...b.strategies.map((s) => s.strategy)])];
  const strategies = ids.map((id): StrategyDiff => {
    const sa = a.strategies.find((s) => s.strategy === id);
    const sb = b.strategies.find((s) => s.strategy === id);
    const lineIds = [
      ...new Set([...(sa?.lines ?? []).map((l) => l.id), ...(sb?.lines ?? []).map((l) => l.id)]),
    ];
    return {
      strategy: id,
      label: (sb ?? sa)!.label,
      ...amountChange(sa?.monthlyTotal, sb?.monthlyTotal),
      lines: lineIds.map((lid) => {
        const la = sa?.lines.find((l) => l.id === lid);
        const lb = sb?.lines.find((l) => l.id === lid);
        return { id: lid, label: (lb ?? la)!.label, ...amountChange(la?.monthlyAmount, lb?.monthlyAmount) };
      }),
    };
  });
  return {
    profileA: a.profile,
    profileB: b.profile,
    scenarioName: b.run.scenarioName,
    facts,
    strategies,
  };
}

/**
 * Compares two saved runs strategy by strategy and line item by line item (monthly USD): old, new,
 * change and % change, plus what changed in between (price tables, as-of date, volume, scenario
 * fields, breakevens). Runs are matched by profile; two files of one run each are matched whatever
 * their profiles (e.g. a `low` run against a `high` run).
 */
export function diffRuns(a: readonly SavedRun[], b: readonly SavedRun[]): DiffResult {
  if (a.length === 1 && b.length === 1) return { runs: [diffRun(a[0]!, b[0]!)], onlyInA: [], onlyInB: [] };
  const runs: RunDiff[] = [];
  for (const ra of a) {
    const rb = b.find((r) => r.profile === ra.profile);
    if (rb !== undefined) runs.push(diffRun(ra, rb));
  }
  const name = (r: SavedRun) => r.profile ?? '(no profile)';
  return {
    runs,
    onlyInA: a.filter((ra) => !b.some((rb) => rb.profile === ra.profile)).map(name),
    onlyInB: b.filter((rb) => !a.some((ra) => ra.profile === rb.profile)).map(name),
  };
}
