import Decimal from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { focusViolations, parseCsv } from '../helpers/focusRules.js';
import { buildCli, type CliRun, expectGolden, runCli } from './helpers/cli.js';

let cli = '';
const run = (...args: string[]): CliRun => runCli(cli, args);

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

function ok(result: CliRun): string {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('--format focus', () => {
  it.each([
    // The built-in default scenario's first two months (compare writes all 12; test/report checks them).
    ['focus-default.csv', ['horizon', '-f', 'focus', '--months', '2']],
    ['focus-capacity.csv', ['horizon', 'capacity.json', '-f', 'focus']],
  ])('%s: golden, and it meets the FOCUS 1.2 rules', (name, args) => {
    const text = ok(run(...args));
    expect(focusViolations(text)).toEqual([]);
    expectGolden(name, text);
  });

  it('explain writes the same file as compare; horizon --months cuts it', () => {
    const compare = ok(run('compare', 'capacity.json', '-f', 'focus'));
    expect(ok(run('explain', 'capacity.json', '-f', 'focus'))).toBe(compare);
    const one = ok(run('horizon', 'capacity.json', '-f', 'focus', '--months', '1'));
    // Month 1: training, minimum top-up, hosting, prompt-only input and output: 5 rows + header.
    expect(one.trimEnd().split('\r\n')).toHaveLength(6);
  });

  it('is refused by commands that do not project month by month', () => {
    const result = run('breakeven', '-f', 'focus');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'focus' is invalid");
  });
});

describe('--precision', () => {
  it('round trip: --precision full gives the exact amounts of the JSON run; the default gives cents', () => {
    const json = JSON.parse(ok(run('explain', 'single.json', '-f', 'json')));
    const exact = json.runs[0].strategies.flatMap((s: { lines: { id: string; amount: string }[] }) =>
      s.lines.map((l) => [l.id, l.amount]),
    );
    const rowsOf = (text: string) => parseCsv(text).rows.map((r) => [r.lineId, r.amountUsd]);
    expect(rowsOf(ok(run('explain', 'single.json', '-f', 'csv', '--precision', 'full')))).toEqual(exact);
    const cents = rowsOf(ok(run('explain', 'single.json', '-f', 'csv')));
    expect(cents.every(([, amount]) => /^-?\d+\.\d{2}$/.test(amount ?? ''))).toBe(true);
    // Each rounded once from the exact value, half to even.
    expect(cents).toEqual(
      exact.map(([id, amount]: [string, string]) => [
        id,
        new Decimal(amount).toFixed(2, Decimal.ROUND_HALF_EVEN),
      ]),
    );
  });

  it('is a usage error when malformed, or with the exact FOCUS format', () => {
    const bad = run('compare', '-f', 'csv', '--precision', 'cents');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--precision expects a whole number of decimals from 0 to 20, or full');
    const focus = run('compare', '-f', 'focus', '--precision', '2');
    expect(focus.code).toBe(2);
    expect(focus.stderr).toContain('--precision does not apply to --format focus');
  });
});

describe('compare table columns', () => {
  it('Monthly total = Recurring/mo + One-time/mo on every row; One-time paid is apart', () => {
    const text = ok(run('compare'));
    const rows = text.split('\n').filter((l) => /^(Fine-tune|RAG|Prompt-only|Hybrid)/.test(l));
    expect(rows).toHaveLength(4);
    // e.g. RAG: 362.05 recurring + 3.96 corpus embedding ÷ 12 months (0.33) = 362.38.
    for (const row of rows) {
      const [total, recurring, spread] = (row.match(/\d[\d,]*\.\d\d/g) ?? []).map(
        (n) => new Decimal(n.replaceAll(',', '')),
      );
      expect(recurring!.plus(spread!).toFixed(2), row).toBe(total!.toFixed(2));
    }
    expect(text).toContain('Monthly total = Recurring/mo + One-time/mo');
  });
});

describe('--currency --fx-rate --fx-date', () => {
  const fx = ['--currency', 'EUR', '--fx-rate', '0.92', '--fx-date', '2026-11-30'];

  it('states the rate, its date and source in every format', () => {
    const table = ok(run('compare', 'single.json', ...fx));
    expect(table).toContain(
      'Amounts in EUR: 1 USD = 0.92 EUR (rate of 2026-11-30, your figure; nothing is fetched)',
    );
    expect(table).toContain('Strategy (EUR)');
    expect(table).not.toMatch(/\$\d/);
    const md = ok(run('compare', 'single.json', '-f', 'markdown', ...fx));
    expect(md).toContain('1 USD = 0.92 EUR');
    const json = JSON.parse(ok(run('compare', 'single.json', '-f', 'json', ...fx)));
    expect(json.runs[0].run.currency).toEqual({
      code: 'EUR',
      rate: '0.92',
      date: '2026-11-30',
      source: 'user',
    });
    const csv = parseCsv(ok(run('explain', 'single.json', '-f', 'csv', ...fx)));
    expect(csv.header).toContain('amountEur');
    // Training: 4,000,000 tokens × $0.000005 = $20 × 0.92 = 18.40 EUR; unit price 0.0000046 EUR.
    expect(csv.rows[0]).toMatchObject({
      amountEur: '18.40',
      unitPriceEur: '0.0000046',
      currency: 'EUR',
      fxRate: '0.92',
      fxDate: '2026-11-30',
      fxSource: 'user',
    });
    const focus = ok(run('horizon', 'capacity.json', '-f', 'focus', ...fx));
    expect(focusViolations(focus)).toEqual([]);
    // GPU hosting: 200 h × $5.49 = $1,098 × 0.92 = 1,010.16 EUR.
    expect(parseCsv(focus).rows.find((r) => r.ChargeFrequency === 'Recurring')).toMatchObject({
      BilledCost: '1010.16',
      BillingCurrency: 'EUR',
      ListUnitPrice: '5.0508',
    });
  });

  it('the three flags go together and are checked', () => {
    const missing = run('compare', '--currency', 'EUR', '--fx-rate', '0.92');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give --currency, --fx-rate and --fx-date together');
    const comma = run('compare', '--currency', 'EUR', '--fx-rate', '0,92', '--fx-date', '2026-11-30');
    expect(comma.code).toBe(2);
    expect(comma.stderr).toContain(
      'error [usage] at --fx-rate: expected the units of EUR per 1 USD as a plain decimal',
    );
  });
});
