import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getBundledPricing } from '../pricing/bundledPricing.js';
import type { PriceTable } from '../pricing/priceTableSchema.js';
import { extendPricingRegistry, type PricingRegistry } from '../pricing/registry.js';
import { CliError } from './cliError.js';

/** Tables larger than this are refused before they are read (the largest bundled one is 34 KB). */
export const MAX_TABLE_BYTES = 2 * 1024 * 1024;
/** At most this many table files per run. */
export const MAX_TABLE_FILES = 500;

/** The price tables a CLI run uses, and where each of the user's came from. */
export interface LoadedPricing {
  readonly registry: PricingRegistry;
  /** Table → the file it was read from; bundled tables are absent. */
  readonly origins: ReadonlyMap<PriceTable, string>;
}

let bundledOnly: LoadedPricing | undefined;

function jsonFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string, depth: number) => {
    if (depth > 4) return;
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
    }
  };
  walk(dir, 0);
  return out;
}

function filesOf(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '') throw new CliError('read_failed', '--prices needs a file or folder path', '--prices');
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new CliError('read_failed', `${path}: no such file or folder`, path);
    }
    if (stat.isDirectory()) {
      const found = jsonFilesIn(path);
      if (found.length === 0) {
        throw new CliError('read_failed', `${path}: the folder holds no .json price tables`, path);
      }
      files.push(...found);
    } else files.push(path);
    if (files.length > MAX_TABLE_FILES) {
      throw new CliError(
        'read_failed',
        `--prices names more than ${MAX_TABLE_FILES} table files; pass fewer`,
        '--prices',
      );
    }
  }
  return files;
}

function readTable(file: string): { raw: unknown; text: string } {
  let text: string;
  try {
    if (statSync(file).size > MAX_TABLE_BYTES) {
      throw new CliError(
        'read_failed',
        `${file}: larger than ${MAX_TABLE_BYTES / 1024 / 1024} MB; a price table is a few KB`,
        file,
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    throw new CliError('read_failed', `${file}: cannot read it (${code ?? 'read error'})`, file);
  }
  try {
    return { raw: JSON.parse(text), text };
  } catch (error) {
    throw new CliError('invalid_json', `${file}: not valid JSON (${(error as Error).message})`, file);
  }
}

/**
 * The bundled tables, with the user's `--prices` files and folders on top: each table is validated
 * exactly like the bundled ones (an error names the file and the field), and one with the same vendor
 * and effective date as a bundled table replaces it. The result's content hash covers the bundled
 * dataset and every file read, so a saved run records which prices it used.
 */
export function loadPricing(paths: readonly string[] | undefined): LoadedPricing {
  if (paths === undefined || paths.length === 0) {
    bundledOnly ??= { registry: getBundledPricing(), origins: new Map() };
    return bundledOnly;
  }
  const bundled = getBundledPricing();
  const files = filesOf(paths);
  const hash = createHash('sha256').update(bundled.contentHash);
  const raws: unknown[] = [];
  const names: string[] = [];
  for (const file of files) {
    const { raw, text } = readTable(file);
    raws.push(raw);
    const name = relative(process.cwd(), file) || file;
    names.push(name);
    hash.update('\0').update(text);
  }
  const registry = extendPricingRegistry(bundled, raws, {
    names,
    contentHash: hash.digest('hex'),
  });
  const origins = new Map<PriceTable, string>();
  const bundledTables = new Set([...bundled.vendors.values()].flat());
  for (const list of registry.vendors.values()) {
    for (const table of list) {
      if (!bundledTables.has(table)) {
        // Tables are validated copies: find the file by vendor and date.
        const i = raws.findIndex(
          (r) =>
            (r as { vendor?: unknown }).vendor === table.vendor &&
            (r as { effectiveDate?: unknown }).effectiveDate === table.effectiveDate,
        );
        origins.set(table, names[i] ?? 'your tables');
      }
    }
  }
  return { registry, origins };
}
