/**
 * Reads a cue pattern's regular-expression source into the literal strings every match starts with: the
 * keys of the prefilter in cue-index.ts (see there for why and how they are used).
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
