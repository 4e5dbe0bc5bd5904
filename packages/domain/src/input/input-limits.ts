/**
 * Limits on what a client may send, shared by HTTP and socket.io so the two never drift apart.
 * Nothing a person types needs more than a few levels of nesting, and every number Spiegel takes
 * is a whole number that JavaScript and PostgreSQL's bigint both hold exactly.
 */
export const MAX_INPUT_DEPTH = 32;
export const MAX_WHOLE_NUMBER = Number.MAX_SAFE_INTEGER;

/**
 * Whether a parsed JSON value nests objects and arrays deeper than `maxDepth` (a top-level object
 * is depth 1). Iterative, so a value nested a million levels is answered without a stack overflow.
 */
export function exceedsNestingDepth(value: unknown, maxDepth: number = MAX_INPUT_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A whole number written in decimal digits only, as a query string or path carries it, within
 * 0..max. `1e20`, `0x10`, ` 5`, `-1`, `1.0` and anything past `max` are not.
 */
export function parseWholeNumberText(text: string, max: number = MAX_WHOLE_NUMBER): number | null {
  if (!/^\d{1,16}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}
