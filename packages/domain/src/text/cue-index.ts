/**
 * A keyword prefilter for cue patterns, so a text is read once instead of once per pattern.
 *
 * Every cue pattern is matched on whole words: `(?<![\w'])(?:pattern)(?![\w'])`. A match therefore starts
 * at a word start — position 0, or a position whose previous character is not `[A-Za-z0-9_']` — and with
 * one of the literal strings the pattern can begin with ("niemand ", "geen mens ", "zelfmoord"). At
 * compile time each pattern's regular-expression source is read into those first literals (up to and
 * including its first space, so "wil " only fits the word "wil" and "zelfmoord" any word starting so);
 * they go into one trie. At match time one pass over the word starts walks the trie and finds, for every
 * pattern that can match at all, the first position where it can. Only those patterns run, from that
 * position on: the regular expression itself still decides, so the matches are exactly those of running
 * every pattern over the whole text.
 *
 * The reading is conservative: lookarounds are ignored (they only narrow a match), and a pattern whose
 * start cannot be pinned to a short list of literals (`\w+ is dood`, a syntax this reader does not know)
 * runs on every text.
 */

import { patternPrefixes } from './pattern-prefixes.js';

export { patternPrefixes };

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Patterns with a first literal ending here. */
  readonly ids: number[];
}

const newNode = (): TrieNode => ({ next: new Map(), ids: [] });

/** `[\w']` without the u flag: a match cannot start right after one of these. */
function continuesWord(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 39
  );
}

export interface Candidates {
  /** The patterns that may match, ascending. */
  readonly ids: Int32Array;
  /**
   * For each pattern: the first of its possible start positions (a list through `pos` and `next`, in
   * ascending order, −1 at the end), or ANYWHERE for a pattern that may start anywhere.
   */
  readonly first: Int32Array;
  readonly pos: Int32Array;
  readonly next: Int32Array;
}

/** `first[id]` of a pattern whose start could not be pinned down: try it everywhere. */
export const ANYWHERE = -2;

export interface CueIndex {
  /** The patterns that may match `text` and where; reused (overwritten) by the next call. */
  candidates(text: string): Candidates;
}

/**
 * The trie in flat arrays: node 0 is the root; its ASCII children in a direct table, every other edge
 * (node, character code) → child in an open-addressing hash table.
 */
interface FlatTrie {
  readonly rootAscii: Int32Array;
  readonly slots: number;
  readonly edgeNode: Int32Array;
  readonly edgeCode: Int32Array;
  readonly edgeChild: Int32Array;
  /** Patterns ending at node n: ids[idStart[n] .. idStart[n + 1]). */
  readonly idStart: Int32Array;
  readonly ids: Int32Array;
}

const slotOf = (node: number, code: number, mask: number): number =>
  ((Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7) & mask;

function flatten(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [root];
  const number = new Map<TrieNode, number>([[root, 0]]);
  for (let k = 0; k < nodes.length; k++) {
    for (const child of (nodes[k] as TrieNode).next.values()) {
      number.set(child, nodes.length);
      nodes.push(child);
    }
  }
  let slots = 16;
  while (slots < nodes.length * 2) slots *= 2;
  const mask = slots - 1;
  const edgeNode = new Int32Array(slots).fill(-1);
  const edgeCode = new Int32Array(slots);
  const edgeChild = new Int32Array(slots);
  const rootAscii = new Int32Array(128).fill(-1);
  const idStart = new Int32Array(nodes.length + 1);
  const ids: number[] = [];
  nodes.forEach((node, n) => {
    idStart[n] = ids.length;
    ids.push(...node.ids);
    for (const [code, child] of node.next) {
      const c = number.get(child) as number;
      if (n === 0 && code < 128) rootAscii[code] = c;
      let slot = slotOf(n, code, mask);
      while (edgeNode[slot] !== -1) slot = (slot + 1) & mask;
      edgeNode[slot] = n;
      edgeCode[slot] = code;
      edgeChild[slot] = c;
    }
  });
  idStart[nodes.length] = ids.length;
  return { rootAscii, slots, edgeNode, edgeCode, edgeChild, idStart, ids: Int32Array.from(ids) };
}

export function buildCueIndex(sources: readonly string[]): CueIndex {
  const root = newNode();
  const always: number[] = [];
  sources.forEach((source, id) => {
    const prefixes = patternPrefixes(source);
    if (prefixes === null) {
      always.push(id);
      return;
    }
    for (const prefix of prefixes) {
      let node = root;
      for (let k = 0; k < prefix.length; k++) {
        const code = prefix.charCodeAt(k);
        let child = node.next.get(code);
        if (child === undefined) node.next.set(code, (child = newNode()));
        node = child;
      }
      if (!node.ids.includes(id)) node.ids.push(id);
    }
  });
  const trie = flatten(root);
  const mask = trie.slots - 1;
  const child = (node: number, code: number): number => {
    if (node === 0 && code < 128) return trie.rootAscii[code] as number;
    for (let slot = slotOf(node, code, mask); ; slot = (slot + 1) & mask) {
      const owner = trie.edgeNode[slot] as number;
      if (owner === -1) return -1;
      if (owner === node && trie.edgeCode[slot] === code) return trie.edgeChild[slot] as number;
    }
  };
  // Scratch space reused between calls (single-threaded; every call resets what it set).
  const first = new Int32Array(sources.length).fill(-1);
  const last = new Int32Array(sources.length);
  const found = new Int32Array(sources.length);
  let count = 0;
  let pos: Int32Array = new Int32Array(64);
  let next: Int32Array = new Int32Array(64);
  return {
    candidates(text: string): Candidates {
      for (let k = 0; k < count; k++) first[found[k] as number] = -1;
      count = 0;
      let hits = 0;
      for (const id of always) {
        first[id] = ANYWHERE;
        found[count++] = id;
      }
      for (let p = 0; p < text.length; p++) {
        if (p > 0 && continuesWord(text.charCodeAt(p - 1))) continue;
        let node = 0;
        for (let k = p; k < text.length; k++) {
          node = child(node, text.charCodeAt(k));
          if (node === -1) break;
          const end = trie.idStart[node + 1] as number;
          for (let j = trie.idStart[node] as number; j < end; j++) {
            const id = trie.ids[j] as number;
            const tail = last[id] as number;
            if (first[id] !== -1 && pos[tail] === p) continue; // this start already listed
            if (hits === pos.length) {
              pos = grow(pos);
              next = grow(next);
            }
            pos[hits] = p;
            next[hits] = -1;
            if (first[id] === -1) {
              first[id] = hits;
              found[count++] = id;
            } else next[tail] = hits;
            last[id] = hits++;
          }
        }
      }
      return { ids: found.subarray(0, count).sort(), first, pos, next };
    },
  };
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
