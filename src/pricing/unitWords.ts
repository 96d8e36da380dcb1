import type { PriceUnit } from './priceTableSchema.js';

// Unit names without Decimal, so the table checks (and the `./pricing` entry) do not pull in the
// engine's arithmetic; `units.ts` adds the Decimal parts.

/** Units that bill a unit of capacity by time. */
export const TIME_UNITS: readonly PriceUnit[] = ['second', 'minute', 'hour'];

/** Each unit in words, plural (`singular()` gives `token`, `search`, `GB-month`). */
export const UNIT_WORDS: Readonly<Record<PriceUnit, string>> = {
  token: 'tokens',
  training_token: 'training tokens',
  character: 'characters',
  search: 'searches',
  read_unit: 'read units',
  write_unit: 'write units',
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  month: 'months',
  gb_month: 'GB-months',
  dimension_month: 'dimension-months',
  job: 'jobs',
  request: 'requests',
};
