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

type Node =
  /** One or more plain characters. */
  | { readonly t: 'char'; readonly c: string }
  | { readonly t: 'set'; readonly chars: readonly string[] }
  | { readonly t: 'any' }
  | { readonly t: 'empty' }
  | { readonly t: 'group'; readonly alts: readonly (readonly Node[])[] }
  | { readonly t: 'rep'; readonly node: Node; readonly min: number; readonly max: number };

const ANY: Node = { t: 'any' };
const EMPTY: Node = { t: 'empty' };
/** Small character classes ([sz], \d) are expanded; larger ones count as "any character". */
const MAX_SET = 10;

class Unsupported extends Error {}

/** A parser for the regular-expression syntax the lexicons use; anything else throws `Unsupported`. */
function parse(source: string): Node[] {
  let i = 0;
  const peek = (): string | undefined => source[i];

  function alternation(): Node[][] {
    const alts: Node[][] = [sequence()];
    while (peek() === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  }

  function sequence(): Node[] {
    const seq: Node[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const node = quantified(atom());
      const last = seq[seq.length - 1];
      // Runs of plain characters become one literal.
      if (node.t === 'char' && last?.t === 'char') seq[seq.length - 1] = { t: 'char', c: last.c + node.c };
      else seq.push(node);
    }
    return seq;
  }

  function quantified(node: Node): Node {
    const q = peek();
    let min: number;
    let max: number;
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m === null) throw new Unsupported(source);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (peek() === '?') i++; // lazy: the same strings can match
    if (node.t === 'empty') return node;
    return quantified({ t: 'rep', node, min, max });
  }

  function atom(): Node {
    const c = source[i++] as string;
    if (c === '(') {
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) [i, zeroWidth] = [i + 2, true];
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) [i, zeroWidth] = [i + 3, true];
      else if (peek() === '?') throw new Unsupported(source);
      const alts = alternation();
      if (source[i++] !== ')') throw new Unsupported(source);
      return zeroWidth ? EMPTY : { t: 'group', alts };
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported(source);
    return { t: 'char', c };
  }

  function escape(): Node {
    const c = source[i++];
    if (c === undefined) throw new Unsupported(source);
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'd') return { t: 'set', chars: [...'0123456789'] };
    if ('wWDsS'.includes(c)) return ANY;
    if (/[a-zA-Z0-9]/.test(c)) throw new Unsupported(source);
    return { t: 'char', c };
  }

  function charClass(): Node {
    const chars: string[] = [];
    let any = false;
    if (peek() === '^') {
      any = true;
      i++;
    }
    for (;;) {
      let c = source[i++];
      if (c === undefined) throw new Unsupported(source);
      if (c === ']') break;
      if (c === '\\') {
        c = source[i++];
        if (c === undefined) throw new Unsupported(source);
        if (c === 'd') chars.push(...'0123456789');
        else if (/[a-zA-Z0-9]/.test(c)) any = true;
        else chars.push(c);
        continue;
      }
      if (peek() === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        const to = source[i + 1] as string;
        i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++)
          chars.push(String.fromCharCode(code));
        continue;
      }
      chars.push(c);
    }
    return any || chars.length > MAX_SET ? ANY : { t: 'set', chars: [...new Set(chars)] };
  }

  const alts = alternation();
  if (i !== source.length) throw new Unsupported(source);
  return [{ t: 'group', alts }];
}

interface Continuation {
  readonly seq: readonly Node[];
  readonly i: number;
  readonly next: Continuation | null;
}

/** First literals span at most this many words (each ending at its space)… */
const MAX_WORDS = 2;
/** …and are cut to this length (a cut prefix still holds: it is a prefix of a prefix). */
const MAX_PREFIX = 24;
/** More first literals than this and the pattern runs on every text. */
const MAX_PREFIXES = 4000;
const MAX_DEPTH = 400;

class TooMany extends Error {}

type Literals = Set<string> | null;

/**
 * The literal strings every match of `seq[i..]` followed by `cont` starts with, extended over at most
 * `words` spaces. `null`: nothing can be said (it may start with anything). Results at the end of a
 * sequence are remembered per continuation, so the alternatives of a group share what follows them.
 */
function firstLiterals(
  seq: readonly Node[],
  i: number,
  cont: Continuation | null,
  words: number,
  depth: number,
  memo: Map<Continuation, Literals[]>,
): Literals {
  if (depth > MAX_DEPTH) return null;
  if (i === seq.length) {
    if (cont === null) return new Set(['']);
    let known = memo.get(cont);
    if (known === undefined) memo.set(cont, (known = []));
    if (!(words in known)) known[words] = firstLiterals(cont.seq, cont.i, cont.next, words, depth + 1, memo);
    return known[words] as Literals;
  }
  const node = seq[i] as Node;
  const prepend = (literals: readonly string[]): Literals => {
    const out = new Set<string>();
    const cache: Literals[] = [];
    for (let literal of literals) {
      // A space ends a word: after the last word the prefix stops.
      let left = words;
      for (let k = 0; k < literal.length && left > 0; k++) {
        if (literal[k] !== ' ') continue;
        left--;
        if (left === 0) literal = literal.slice(0, k + 1);
      }
      if (!(left in cache))
        cache[left] = left === 0 ? null : firstLiterals(seq, i + 1, cont, left, depth + 1, memo);
      const rest = cache[left] as Literals;
      if (rest === null) out.add(literal.slice(0, MAX_PREFIX));
      else for (const r of rest) out.add((literal + r).slice(0, MAX_PREFIX));
      if (out.size > MAX_PREFIXES) throw new TooMany();
    }
    return out;
  };
  const union = (parts: Literals[]): Literals => {
    const out = new Set<string>();
    for (const part of parts) {
      if (part === null) return null;
      for (const s of part) out.add(s);
      if (out.size > MAX_PREFIXES) throw new TooMany();
    }
    return out;
  };
  switch (node.t) {
    case 'empty':
      return firstLiterals(seq, i + 1, cont, words, depth + 1, memo);
    case 'char':
      return prepend([node.c]);
    case 'set':
      return prepend(node.chars);
    case 'any':
      return null;
    case 'group': {
      const after: Continuation = { seq, i: i + 1, next: cont };
      return union(node.alts.map((alt) => firstLiterals(alt, 0, after, words, depth + 1, memo)));
    }
    case 'rep': {
      const parts: Literals[] = [];
      if (node.min === 0) parts.push(firstLiterals(seq, i + 1, cont, words, depth + 1, memo));
      if (node.max > 0) {
        const rest: Node = { t: 'rep', node: node.node, min: Math.max(0, node.min - 1), max: node.max - 1 };
        parts.push(
          firstLiterals([node.node, rest], 0, { seq, i: i + 1, next: cont }, words, depth + 1, memo),
        );
      }
      return union(parts);
    }
  }
}

/**
 * The literals every match of `source` starts with, or null when the pattern may start anywhere (a match
 * that can be empty, an unknown syntax, too many alternatives).
 */
export function patternPrefixes(source: string): string[] | null {
  let tree: Node[];
  try {
    tree = parse(source);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  // Two words where that stays a short list ("ik wil "), else one ("ik ").
  for (let words = MAX_WORDS; words > 0; words--) {
    try {
      const found = firstLiterals(tree, 0, null, words, 0, new Map());
      return found === null || found.has('') ? null : [...found].sort();
    } catch (error) {
      if (!(error instanceof TooMany)) throw error;
    }
  }
  return null;
}

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
