// Short names people use for vendors, mapped to the ids the tables use.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  bedrock: 'aws-bedrock',
  aws: 'aws-bedrock',
  amazon: 'aws-bedrock',
  vertex: 'google-vertex',
  'vertex-ai': 'google-vertex',
  gemini: 'google-vertex',
  google: 'google-vertex',
  azure: 'azure-openai',
  'azure-ai': 'azure-openai',
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The ids a mistyped `input` most likely meant, best first (at most 3): the same id in another case,
 * a known short name (`bedrock` → `aws-bedrock`), an id that contains it or that it contains, then
 * the nearest by edit distance (at most a third of the length). Empty when nothing is close.
 */
export function didYouMean(input: string, known: readonly string[]): string[] {
  const lower = input.toLowerCase().trim();
  if (lower === '') return [];
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact !== undefined) return [exact];
  const short = SHORT_NAMES[lower];
  if (short !== undefined && known.includes(short)) return [short];
  const scored = known
    .map((k) => {
      const kl = k.toLowerCase();
      const contains = lower.length >= 3 && (kl.includes(lower) || lower.includes(kl));
      return { k, score: contains ? 0.5 : distance(lower, kl) };
    })
    .filter((s) => s.score <= Math.max(1, Math.floor(lower.length / 3)))
    .sort((a, b) => a.score - b.score || (a.k < b.k ? -1 : 1));
  // Only the closest: a typo one letter off should not bring three other models along.
  const best = scored[0]?.score;
  return scored
    .filter((s) => s.score === best)
    .slice(0, 3)
    .map((s) => s.k);
}

/** ` Did you mean "aws-bedrock"?`, or nothing. */
export function didYouMeanText(input: string, known: readonly string[]): string {
  const ids = didYouMean(input, known);
  if (ids.length === 0) return '';
  return ` Did you mean ${ids.map((id) => `"${id}"`).join(' or ')}?`;
}

/**
 * For an id written with capitals (`OpenAI`, `Vertex`): the id it most likely means, lower-cased and
 * with short vendor names expanded (`vertex` → `google-vertex`); `null` when lower-casing does not help.
 */
export function lowerCaseHint(input: unknown): string | null {
  if (typeof input !== 'string' || !/[A-Z]/.test(input)) return null;
  const lower = input.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._:/-]{0,99}$/.test(lower)) return null;
  return SHORT_NAMES[lower] ?? lower;
}
