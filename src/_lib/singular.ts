/** `searches` → `search`, `tokens` → `token`, `GB-months` → `GB-month`: a plural unit word in the singular. */
export function singular(word: string): string {
  if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
