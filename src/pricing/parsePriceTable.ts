import * as z from 'zod/mini';
import { errorFromZod } from '../_lib/zodIssues.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import {
  type FineTuningLifecycle,
  type Lifecycle,
  type PriceOrMissing,
  type PriceTable,
  type PriceUnit,
  priceTableSchema,
} from './priceTableSchema.js';

import { TIME_UNITS } from './unitWords.js';

interface Check {
  readonly path: string;
  readonly price: PriceOrMissing | undefined;
  readonly units: readonly PriceUnit[];
}

function collectChecks(table: PriceTable): Check[] {
  const checks: Check[] = [];
  const add = (path: string, price: PriceOrMissing | undefined, units: readonly PriceUnit[]) => {
    if (price !== undefined) checks.push({ path, price, units });
  };
  const tokenFields = ['input', 'cachedInput', 'cacheWrite5m', 'cacheWrite1h', 'output'] as const;
  table.models.forEach((model, m) => {
    const at = `models[${m}]`;
    const inference = model.inference;
    if (inference) {
      for (const key of tokenFields) add(`${at}.inference.${key}`, inference[key], ['token']);
      const long = inference.longContext;
      if (long)
        for (const key of tokenFields) add(`${at}.inference.longContext.${key}`, long[key], ['token']);
      for (const [tier, entry] of Object.entries(inference.tiers ?? {})) {
        for (const key of ['input', 'cachedInput', 'output'] as const)
          add(`${at}.inference.tiers.${tier}.${key}`, entry?.[key], ['token']);
      }
    }
    if (model.embedding) add(`${at}.embedding.input`, model.embedding.input, ['token', 'character']);
    if (model.rerank) add(`${at}.rerank.price`, model.rerank.price, ['search', 'token']);
    const ft = model.fineTuning;
    if (ft) {
      ft.methods.forEach((option, i) => {
        add(`${at}.fineTuning.methods[${i}].price`, option.price, ['training_token', ...TIME_UNITS]);
        add(`${at}.fineTuning.methods[${i}].minimumCharge`, option.minimumCharge, ['job']);
      });
      if (ft.tunedInference) {
        for (const key of tokenFields)
          add(`${at}.fineTuning.tunedInference.${key}`, ft.tunedInference[key], ['token']);
      }
      ft.capacity?.forEach((option, i) => {
        add(`${at}.fineTuning.capacity[${i}].price`, option.price, TIME_UNITS);
        add(`${at}.fineTuning.capacity[${i}].storagePerUnit`, option.storagePerUnit, ['month']);
      });
      add(`${at}.fineTuning.storage`, ft.storage, ['month']);
    }
  });
  table.hardware?.forEach((hw, i) => {
    add(`hardware[${i}].price`, hw.price, TIME_UNITS);
    add(`hardware[${i}].storagePerUnit`, hw.storagePerUnit, ['month']);
  });
  table.vectorDb?.forEach((plan, i) => {
    const at = `vectorDb[${i}]`;
    add(`${at}.minimumMonthly`, plan.minimumMonthly, ['month']);
    add(`${at}.platformFee`, plan.platformFee, ['month']);
    add(`${at}.includedCredit`, plan.includedCredit, ['month']);
    add(`${at}.storage`, plan.storage, ['gb_month']);
    add(`${at}.dimensionStorage`, plan.dimensionStorage, ['dimension_month']);
    add(`${at}.readUnits`, plan.readUnits, ['read_unit']);
    add(`${at}.writeUnits`, plan.writeUnits, ['write_unit']);
    plan.instances?.forEach((instance, j) => {
      add(`${at}.instances[${j}].price`, instance.price, TIME_UNITS);
    });
  });
  return checks;
}

interface LifecycleCheck {
  readonly path: string;
  readonly source: string;
  readonly from: string | undefined;
  readonly ends: readonly (readonly [string, string | undefined])[];
}

function collectLifecycles(table: PriceTable): LifecycleCheck[] {
  const out: LifecycleCheck[] = [];
  const plain = (path: string, l: Lifecycle | undefined) => {
    if (l) out.push({ path, source: l.source, from: l.availableFrom, ends: [['retiredOn', l.retiredOn]] });
  };
  const tuning = (path: string, l: FineTuningLifecycle | undefined) => {
    if (!l) return;
    const ends: [string, string | undefined][] = [
      ['newJobsUntil', l.newJobsUntil],
      ['servingUntil', l.servingUntil],
    ];
    l.stages?.forEach((stage, i) => {
      ends.push([`stages[${i}].newJobsUntil`, stage.newJobsUntil]);
    });
    out.push({ path, source: l.source, from: l.availableFrom, ends });
  };
  if (table.fineTuning.offered) tuning('fineTuning.lifecycle', table.fineTuning.lifecycle);
  table.models.forEach((model, m) => {
    const at = `models[${m}]`;
    plain(`${at}.lifecycle`, model.lifecycle);
    tuning(`${at}.fineTuning.lifecycle`, model.fineTuning?.lifecycle);
    model.fineTuning?.methods.forEach((option, i) => {
      tuning(`${at}.fineTuning.methods[${i}].lifecycle`, option.lifecycle);
    });
    model.fineTuning?.capacity?.forEach((option, i) => {
      plain(`${at}.fineTuning.capacity[${i}].lifecycle`, option.lifecycle);
    });
  });
  table.hardware?.forEach((hw, i) => {
    plain(`hardware[${i}].lifecycle`, hw.lifecycle);
  });
  table.vectorDb?.forEach((plan, i) => {
    plain(`vectorDb[${i}].lifecycle`, plan.lifecycle);
  });
  return out;
}

function fail(file: string, path: string, message: string): never {
  throw new TuneOrRagError('invalid_price_table', `${file}: ${message}`, { path });
}

/**
 * Validates one price table (parsed JSON) and returns it typed. Beyond the schema it checks that every
 * price is in a unit its field can use, that every `source` names an entry of `sources`, that no price
 * takes effect after the table that carries it, and that model ids and aliases are unique.
 *
 * @param input - The table, e.g. `JSON.parse` of `pricing/openai/2025-07-01.json`.
 * @param file - A name for messages (the file path).
 * @throws `invalid_price_table` naming the file and the field.
 */
export function parsePriceTable(input: unknown, file = 'price table'): PriceTable {
  const parsed = z.safeParse(priceTableSchema, input, { reportInput: true });
  if (!parsed.success) {
    throw errorFromZod('invalid_price_table', parsed.error.issues, file);
  }
  const table = parsed.data;
  const fileDate = /(\d{4}-\d{2}-\d{2})\.json$/.exec(file)?.[1];
  if (fileDate !== undefined && fileDate !== table.effectiveDate) {
    fail(
      file,
      'effectiveDate',
      `effectiveDate ${table.effectiveDate} differs from the file name's date ${fileDate}`,
    );
  }
  for (const check of collectChecks(table)) {
    const price = check.price!;
    if (!check.units.includes(price.unit)) {
      fail(
        file,
        `${check.path}.unit`,
        `unit "${price.unit}" cannot be used here; expected ${check.units.join(' or ')}`,
      );
    }
    if (price.source !== undefined && !Object.hasOwn(table.sources, price.source)) {
      fail(file, `${check.path}.source`, `source "${price.source}" is not listed in \`sources\``);
    }
    if ('usd' in price) {
      if (price.effective !== undefined && price.effective > table.effectiveDate) {
        fail(
          file,
          `${check.path}.effective`,
          `a price cannot take effect (${price.effective}) after its table (${table.effectiveDate}); start a new table file`,
        );
      }
      if (price.billingIncrementSeconds !== undefined && !TIME_UNITS.includes(price.unit)) {
        fail(file, `${check.path}.billingIncrementSeconds`, 'a billing increment only applies to time units');
      }
      const starts = price.effective ?? table.effectiveDate;
      if (price.until !== undefined && price.until <= starts) {
        fail(file, `${check.path}.until`, `a price must start (${starts}) before it ends (${price.until})`);
      }
    }
  }
  table.models.forEach((m, i) => {
    if (m.contextWindow !== undefined && !Object.hasOwn(table.sources, m.contextWindow.source)) {
      fail(
        file,
        `models[${i}].contextWindow.source`,
        `source "${m.contextWindow.source}" is not listed in \`sources\``,
      );
    }
  });
  for (const check of collectLifecycles(table)) {
    if (!Object.hasOwn(table.sources, check.source)) {
      fail(file, `${check.path}.source`, `source "${check.source}" is not listed in \`sources\``);
    }
    for (const [field, end] of check.ends) {
      if (check.from !== undefined && end !== undefined && end <= check.from) {
        fail(
          file,
          `${check.path}.${field}`,
          `${field} (${end}) must come after availableFrom (${check.from}); end dates are the first day it can no longer be bought`,
        );
      }
    }
  }
  if (!table.fineTuning.offered && table.fineTuning.source !== undefined) {
    if (!Object.hasOwn(table.sources, table.fineTuning.source)) {
      fail(file, 'fineTuning.source', `source "${table.fineTuning.source}" is not listed in \`sources\``);
    }
  }
  table.models.forEach((model, m) => {
    for (const [tier, entry] of Object.entries(model.inference?.tiers ?? {})) {
      if (entry === undefined) continue;
      const at = `models[${m}].inference.tiers.${tier}`;
      if (!Object.hasOwn(table.sources, entry.source))
        fail(file, `${at}.source`, `source "${entry.source}" is not listed in \`sources\``);
      const own = entry.input !== undefined || entry.output !== undefined;
      if ((entry.factor === undefined) === !own) {
        fail(file, at, 'a tier gives either a `factor` or its own `input` and `output` prices');
      }
      if (own && (entry.input === undefined || entry.output === undefined)) {
        fail(file, at, 'a tier with its own prices gives both `input` and `output`');
      }
    }
    model.fineTuning?.capacity?.forEach((option, c) => {
      const source = option.throughput?.source;
      if (source !== undefined && !Object.hasOwn(table.sources, source)) {
        fail(
          file,
          `models[${m}].fineTuning.capacity[${c}].throughput.source`,
          `source "${source}" is not listed in \`sources\``,
        );
      }
    });
    for (const [region, entry] of Object.entries(model.inference?.regions ?? {})) {
      if (!Object.hasOwn(table.sources, entry.source))
        fail(
          file,
          `models[${m}].inference.regions.${region}.source`,
          `source "${entry.source}" is not listed in \`sources\``,
        );
    }
  });
  const seen = new Set<string>();
  table.models.forEach((model, i) => {
    for (const name of [model.id, ...(model.aliases ?? [])]) {
      if (seen.has(name)) fail(file, `models[${i}].id`, `model id or alias "${name}" appears twice`);
      seen.add(name);
    }
  });
  const unique = (list: readonly { id: string }[] | undefined, field: string) => {
    const ids = new Set<string>();
    list?.forEach((item, i) => {
      if (ids.has(item.id)) fail(file, `${field}[${i}].id`, `id "${item.id}" appears twice`);
      ids.add(item.id);
    });
  };
  unique(table.hardware, 'hardware');
  unique(table.vectorDb, 'vectorDb');
  table.models.forEach((model, i) => {
    unique(model.fineTuning?.capacity, `models[${i}].fineTuning.capacity`);
  });
  return table;
}

/** {@link parsePriceTable} returning `{ success, data | error }` instead of throwing. */
export function safeParsePriceTable(input: unknown, file = 'price table'): SafeResult<PriceTable> {
  return toSafe(() => parsePriceTable(input, file));
}
