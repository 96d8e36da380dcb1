import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL } from '../../src/cli/tool.js';

describe('TOOL', () => {
  it('is the package’s name and version, as package.json states them', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(TOOL).toEqual({ name: 'tune-or-rag', version: pkg.version });
    expect(TOOL.name).toBe(pkg.name);
  });
});
