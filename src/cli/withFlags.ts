import { isTuneOrRagError, TuneOrRagError } from '../errors.js';

/**
 * Runs an engine call for a command and renames option paths to the flags the user typed: an error
 * at `options.range.to` is reported at `--to`, since the user never wrote `options.range.to`.
 * `flags` maps an option path (and everything below it) to a flag.
 */
export function withFlags<TResult>(flags: Readonly<Record<string, string>>, call: () => TResult): TResult {
  try {
    return call();
  } catch (error) {
    if (!isTuneOrRagError(error)) throw error;
    const under = (path: string, prefix: string) =>
      path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
    const rename = (path: string) => {
      for (const [prefix, flag] of Object.entries(flags)) if (under(path, prefix)) return flag;
      return path;
    };
    const path = rename(error.path);
    if (path === error.path) throw error;
    throw new TuneOrRagError(error.code, error.detail, {
      path,
      issues: error.issues.map((i) => ({ path: rename(i.path), message: i.message })),
      cause: error.cause,
    });
  }
}
