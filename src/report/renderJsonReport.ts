/** The version of the JSON output's shape (see docs/cli.md). Bumped only on a breaking change. */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * Renders a command's result as JSON: `schemaVersion` first, then the body. Amounts and token
 * counts are decimal strings (Decimal's `toJSON`), never JSON numbers.
 */
export function renderJsonReport(body: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, ...body }, null, 2)}\n`;
}
