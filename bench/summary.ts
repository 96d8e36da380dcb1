/** Shared by bench/run.ts and bench/check.ts: the budget file's shape and the readable summary. */

export interface Metric {
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface Results {
  readonly generatedAt: string;
  readonly machine: { readonly node: string; readonly cpus: number; readonly cpu: string };
  readonly metrics: Readonly<Record<string, Metric>>;
  readonly notes: readonly string[];
}

export interface Budget {
  /** `bench:check` fails when the measured value is above this; absent: reported against `target` only. */
  readonly max?: number;
  /** The goal from issue 6, reported as met or missed; `--targets` makes it the limit. */
  readonly target?: number;
  /** Absent metrics (no CLI built yet) are skipped instead of failing. */
  readonly optional?: boolean;
  /** Why the budget is where it is: the commit that raised it says so here too. */
  readonly why: string;
}

export interface Budgets {
  readonly budgets: Readonly<Record<string, Budget>>;
}

export interface Verdict {
  readonly name: string;
  readonly value: number | null;
  readonly unit: string;
  readonly limit: number | null;
  readonly target: number | null;
  readonly status: 'ok' | 'over' | 'missing' | 'skipped' | 'info';
  readonly targetMet: boolean | null;
}

export function judge(results: Results, budgets: Budgets, useTargets = false): Verdict[] {
  return Object.entries(budgets.budgets).map(([name, budget]) => {
    const metric = results.metrics[name];
    const limit = useTargets && budget.target !== undefined ? budget.target : (budget.max ?? null);
    const target = budget.target ?? null;
    if (metric === undefined) {
      return {
        name,
        value: null,
        unit: '',
        limit,
        target,
        status: budget.optional ? 'skipped' : 'missing',
        targetMet: null,
      };
    }
    return {
      name,
      value: metric.value,
      unit: metric.unit,
      limit,
      target,
      status: limit === null ? 'info' : metric.value <= limit ? 'ok' : 'over',
      targetMet: target === null ? null : metric.value <= target,
    };
  });
}

const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function summarise(results: Results, budgets: Budgets): string {
  const lines: string[] = [];
  lines.push(
    `tune-or-rag bench: ${results.generatedAt}, Node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpu}`,
    '',
  );
  const pad = (s: string, n: number) => s.padEnd(n);
  lines.push(`${pad('metric', 26)}${pad('value', 14)}note`);
  for (const [name, m] of Object.entries(results.metrics)) {
    lines.push(`${pad(name, 26)}${pad(`${fmt(m.value)} ${m.unit}`, 14)}${m.note ?? ''}`);
  }
  lines.push('', `${pad('budget', 26)}${pad('value', 14)}${pad('budget', 10)}${pad('target', 14)}status`);
  for (const v of judge(results, budgets)) {
    const value = v.value === null ? '—' : `${fmt(v.value)} ${v.unit}`;
    const target =
      v.target === null
        ? ''
        : `${fmt(v.target)}${v.targetMet === null ? '' : v.targetMet ? ' met' : ' MISSED'}`;
    lines.push(
      `${pad(v.name, 26)}${pad(value, 14)}${pad(v.limit === null ? '' : fmt(v.limit), 10)}${pad(target, 14)}${v.status}`,
    );
  }
  if (results.notes.length > 0) lines.push('', ...results.notes.map((n) => `note: ${n}`));
  return `${lines.join('\n')}\n`;
}
