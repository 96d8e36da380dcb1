import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/_lib/escapeControl.js';

describe('escapeControl', () => {
  it('returns clean text as it is (the same string)', () => {
    const text = 'RAG: $12.50 a month, «cheaper» — über\ttab';
    expect(escapeControl(text)).toBe(text);
  });

  it.each([
    // ESC (0x1b) starting a colour sequence.
    ['\x1b[31mred', '\\x1b[31mred'],
    // A lone carriage return that would overwrite the line.
    ['ok\rFAIL', 'ok\\x0dFAIL'],
    // NUL and BEL.
    ['a\x00b\x07', 'a\\x00b\\x07'],
    // DEL and the 8-bit CSI (C1 0x9b).
    ['\x7f\x9b', '\\x7f\\x9b'],
    // Trojan Source: right-to-left override U+202E and isolate U+2066, the Arabic letter mark U+061C.
    ['a\u202eb\u2066c\u061c', 'a\\u202eb\\u2066c\\u061c'],
    // LRM/RLM U+200E, U+200F.
    ['\u200e\u200f', '\\u200e\\u200f'],
  ])('escapes %j', (input, expected) => {
    expect(escapeControl(input)).toBe(expected);
  });

  it('keeps tab, and the printable neighbours of each range', () => {
    // 0x20 space, 0x7e tilde, 0xa0 no-break space, U+2029 (just below U+202A), U+206A (above U+2069).
    const text = '\t ~\u00a0\u2029\u206a';
    expect(escapeControl(text)).toBe(text);
  });

  it('escapes a line feed unless asked to keep it', () => {
    expect(escapeControl('a\nb')).toBe('a\\x0ab');
    expect(escapeControl('a\nb', true)).toBe('a\nb');
    // Keeping line feeds does not keep carriage returns.
    expect(escapeControl('a\r\nb', true)).toBe('a\\x0d\nb');
  });

  it('escapes at both ends and back to back', () => {
    expect(escapeControl('\x1b\x1bx\x1b')).toBe('\\x1b\\x1bx\\x1b');
  });
});
