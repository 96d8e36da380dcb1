/** The version of the JSON output's shape (see docs/cli.md). Bumped only on a breaking change. */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * Renders a command's result as JSON: `schemaVersion` first, then the body. Amounts and token
 * counts are decimal strings (Decimal's `toJSON`), never JSON numbers.
 */
export function renderJsonReport(body: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, ...body }, null, 2)}\n`;
}

const ITEMS_PER_CHUNK = 1000;

/**
 * {@link renderJsonReport} in chunks, for a body whose last key `key` holds a long list given in
 * batches: the output is byte-identical to rendering the whole body at once, but only one batch is
 * ever in memory (a 1,000,000-point sweep as one string exceeded V8's maximum string length).
 */
export function* streamJsonReport(
  body: Readonly<Record<string, unknown>>,
  key: string,
  batches: Iterable<readonly unknown[]>,
): Generator<string> {
  const marker = `\u0000${key}\u0000`;
  const whole = JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, ...body, [key]: marker }, null, 2);
  const quoted = JSON.stringify(marker);
  // The list is the last key, so its marker is the last occurrence (a user's string cannot end the text).
  const at = whole.lastIndexOf(quoted);
  yield whole.slice(0, at);
  let first = true;
  for (const batch of batches) {
    let chunk = '';
    let n = 0;
    for (const item of batch) {
      chunk += `${first ? '[\n' : ',\n'}    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`;
      first = false;
      if (++n % ITEMS_PER_CHUNK === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk !== '') yield chunk;
  }
  yield `${first ? '[]' : '\n  ]'}${whole.slice(at + quoted.length)}\n`;
}
