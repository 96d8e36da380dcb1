import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { currencyOption } from '../../src/cli/currencyOption.js';

function refusal(opts: Parameters<typeof currencyOption>[0]): CliError {
  try {
    currencyOption(opts);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('currencyOption accepted it');
}

const ok = { currency: 'EUR', fxRate: '0.92', fxDate: '2026-11-30' };

describe('currencyOption', () => {
  it('no flag: no currency option', () => {
    expect(currencyOption({})).toBeUndefined();
  });

  it('the three flags make the option, the code upper-cased, the rate kept as typed', () => {
    expect(currencyOption({ ...ok, currency: 'eur' })).toEqual({
      code: 'EUR',
      rate: '0.92',
      date: '2026-11-30',
    });
  });

  it.each([
    ['--currency alone', { currency: 'EUR' }],
    ['no --fx-date', { currency: 'EUR', fxRate: '0.92' }],
    ['no --currency', { fxRate: '0.92', fxDate: '2026-11-30' }],
  ])('%s: the three go together (usage, at --currency)', (_name, opts) => {
    const e = refusal(opts);
    expect([e.code, e.path, e.exitCode]).toEqual(['usage', '--currency', 2]);
    expect(e.message).toMatch(/^give --currency, --fx-rate and --fx-date together, e\.g\. /);
  });

  it.each([
    [
      '--currency',
      { ...ok, currency: 'EURO' },
      'expected an ISO 4217 code of three capital letters, e.g. "EUR"; got `EURO`',
    ],
    [
      '--fx-rate',
      { ...ok, fxRate: '0,92' },
      'expected the units of EUR per 1 USD as a plain decimal such as "0.92"; got `0,92`',
    ],
    ['--fx-rate', { ...ok, fxRate: '0' }, 'expected a rate above 0; got `0`'],
    [
      '--fx-date',
      { ...ok, fxDate: '2026-02-30' },
      'expected the day the rate was taken, YYYY-MM-DD, e.g. "2026-11-30"; got `2026-02-30`',
    ],
    [
      '--fx-rate',
      { currency: 'usd', fxRate: '2', fxDate: '2026-11-30' },
      "USD is the price tables' currency: its rate is 1; got `2`",
    ],
  ])('a bad value is a usage error at the flag that holds it (%s)', (flag, opts, message) => {
    const e = refusal(opts);
    expect([e.code, e.path, e.message]).toEqual(['usage', flag, message]);
  });
});
