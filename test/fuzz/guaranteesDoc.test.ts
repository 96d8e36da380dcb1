import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_EXAMPLES, errorOf } from './errorExamples.js';
import { ERROR_CODES } from './harness.js';

// docs/guarantees.md quotes one real message per error code; this keeps the quotes true.

const doc = readFileSync(new URL('../../docs/guarantees.md', import.meta.url), 'utf8');

function quoted(code: string): string {
  const at = doc.indexOf(`### \`${code}\``);
  if (at === -1) throw new Error(`docs/guarantees.md has no section for ${code}`);
  const block = /```text\n([\s\S]*?)\n```/.exec(doc.slice(at));
  if (!block) throw new Error(`no example block for ${code}`);
  return block[1]!;
}

describe('docs/guarantees.md', () => {
  it('documents every error code', () => {
    expect(Object.keys(ERROR_EXAMPLES).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(ERROR_CODES)('%s: the quoted message is what the library says', (code) => {
    const error = errorOf(ERROR_EXAMPLES[code].run);
    expect(error?.code).toBe(code);
    const text = quoted(code);
    if (text.endsWith(' …')) expect(error!.message.startsWith(text.slice(0, -2))).toBe(true);
    else expect(error!.message).toBe(text);
    expect(doc).toContain(`\`error.path\` is \`${error!.path}\``);
  });
});
