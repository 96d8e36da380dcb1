/**
 * `true` for a character that must not reach a terminal or document raw: C0 controls but tab (and
 * line feed when kept), DEL, C1 (which holds the 8-bit CSI), and the bidirectional marks and
 * overrides that make text display other than it reads (Trojan Source).
 */
function isControl(code: number, keepNewlines: boolean): boolean {
  if (code === 0x09) return false;
  if (code === 0x0a) return !keepNewlines;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function shown(code: number): string {
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes text safe for a terminal or a document: control characters (an escape sequence `\x1b[…`, a
 * lone carriage return that overwrites the line, a bell…) are shown as `\x1b`, `\x0d`… instead of
 * acting. `keepNewlines` keeps line feeds (multi-line output); otherwise they are escaped too.
 * One pass, and the text is returned as is when there is nothing to escape.
 */
export function escapeControl(text: string, keepNewlines = false): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code, keepNewlines)) continue;
    out ??= [];
    out.push(text.slice(from, i), shown(code));
    from = i + 1;
  }
  if (out === undefined) return text;
  out.push(text.slice(from));
  return out.join('');
}
