// Builds packages/domain/data/{phase,crisis}/{train,dev,test}.jsonl from the hand-written sources in
// packages/domain/data/source. One source line = one example: "<style code> <text>", optionally followed
// by " | " fields: "@en" / "@mixed" / "@nl" (language), "concern" / "acute" (severity), "ctx: a // b" (earlier
// messages by the same author). The split is fixed by position in the file (blocks of 20: 14 train, 3 dev,
// 3 test), so adding lines at the end never moves an existing line to another split. Files in
// source/<task>/train-only/ (same label names) go to train only.
// Usage: pnpm --filter @spiegel/domain exec tsx scripts/build-data.ts
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

const STYLES: Record<string, string> = {
  t: 'tidy',
  lo: 'lowercase',
  ty: 'typos',
  y: 'youth',
  s: 'surinamese',
  f: 'flemish',
  cs: 'codeswitch',
  en: 'english',
  e: 'emoji',
  i: 'indirect',
  n: 'negation',
  L: 'long',
  k: 'keyword_trap',
};
const CONCERN_BY_DEFAULT = new Set(['wish_dead', 'ideation']);
const CRISIS_CATEGORIES = new Set([
  'wish_dead',
  'ideation',
  'method',
  'intent',
  'plan',
  'preparatory',
  'self_harm',
  'overdose',
  'context_acute',
]);
const SPLITS = ['train', 'dev', 'test'] as const;
const TRAIN_ONLY = 'train-only';
type Split = (typeof SPLITS)[number];

function splitOf(index: number): Split {
  const r = index % 20;
  return r < 14 ? 'train' : r < 17 ? 'dev' : 'test';
}

interface Parsed {
  text: string;
  lang: string;
  style: string;
  severity?: string;
  context?: string[];
}

// A line written in English in a style other than 'english' (a long post, an emoji line) is labelled 'en'
// when English function words clearly outnumber Dutch ones; an explicit @nl / @en / @mixed wins.
const EN_WORDS = new Set([
  'the',
  'and',
  'i',
  'to',
  'of',
  'it',
  'you',
  'that',
  'my',
  'was',
  'me',
  'but',
  'with',
  'for',
  'this',
  'have',
  'they',
  'just',
  'so',
  'about',
  'what',
  'are',
  "i'm",
  "don't",
  'feel',
]);
const NL_WORDS = new Set([
  'de',
  'het',
  'en',
  'ik',
  'een',
  'niet',
  'dat',
  'je',
  'van',
  'maar',
  'met',
  'voor',
  'op',
  'wat',
  'ze',
  'mijn',
  'dit',
  'naar',
  'ook',
  'nog',
  'heb',
  'ben',
  'zo',
  'er',
  'mn',
  'mi',
  'da',
  'ni',
]);

function looksEnglish(text: string): boolean {
  let en = 0;
  let nl = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}']+/u)) {
    if (EN_WORDS.has(w)) en++;
    if (NL_WORDS.has(w)) nl++;
  }
  return en >= 2 && en > 3 * nl;
}

function parseLine(line: string, where: string): Parsed {
  const [head = '', ...fields] = line.split(' | ');
  const space = head.indexOf(' ');
  const code = head.slice(0, space);
  const style = STYLES[code];
  if (!style) throw new Error(`${where}: unknown style code "${code}"`);
  const parsed: Parsed = {
    text: head.slice(space + 1).trim(),
    lang: style === 'english' ? 'en' : style === 'codeswitch' ? 'mixed' : 'nl',
    style,
  };
  if (parsed.lang === 'nl' && looksEnglish(parsed.text)) parsed.lang = 'en';
  for (const field of fields) {
    const f = field.trim();
    if (f === '@en' || f === '@nl' || f === '@mixed') parsed.lang = f.slice(1);
    else if (f === 'concern' || f === 'acute') parsed.severity = f;
    else if (f.startsWith('ctx:'))
      parsed.context = f
        .slice(4)
        .split(' // ')
        .map((c) => c.trim());
    else throw new Error(`${where}: unknown field "${f}"`);
  }
  return parsed;
}

/** Lower case, every run of non-letters and non-digits one space: how lines are compared. */
export const normalise = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The words of a line as the near-copy checks compare them. */
export const wordSet = (text: string): Set<string> => new Set(normalise(text).split(' '));

/** Word Jaccard similarity: the words two lines share over all their words (1 = the same words). */
export function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export type Task = 'phase' | 'crisis';
export interface BuiltCorpus {
  /** The JSONL text of each split, exactly as written to data/<task>/<split>.jsonl. */
  files: Record<Split, string>;
  /** Duplicates, lengths outside 5-200 words and near-duplicates across splits; must be empty. */
  problems: string[];
  summary: string;
}

export function buildCorpus(task: Task): BuiltCorpus {
  const out: Record<Split, object[]> = { train: [], dev: [], test: [] };
  const seen = new Map<string, string>();
  const counts: Record<string, Record<Split, number>> = {};
  const words: { split: Split; set: Set<string>; text: string }[] = [];
  const problems: string[] = [];
  let long = 0;
  let total = 0;
  const srcDir = join(dataDir, 'source', task);
  // source/<task>/<label>.txt is split by position; source/<task>/train-only/<label>.txt goes to train only
  // (lines written later, so that the dev and test lines stay the ones earlier figures were measured on).
  const trainOnlyDir = join(srcDir, TRAIN_ONLY);
  const sourceFiles = [
    ...readdirSync(srcDir)
      .filter((f) => f.endsWith('.txt'))
      .sort(),
    ...(existsSync(trainOnlyDir)
      ? readdirSync(trainOnlyDir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => `${TRAIN_ONLY}/${f}`)
      : []),
  ];
  for (const file of sourceFiles) {
    const trainOnly = file.startsWith(`${TRAIN_ONLY}/`);
    const label = file.replace(/^train-only\//, '').replace(/\.txt$/, '');
    const lines = readFileSync(join(srcDir, file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    lines.forEach((line, i) => {
      const p = parseLine(line, `${task}/${file}:${i + 1}`);
      const key = normalise(p.text);
      if (seen.has(key)) {
        problems.push(`duplicate text in ${file} and ${seen.get(key)}: ${p.text}`);
        return;
      }
      seen.set(key, file);
      const n = p.text.split(/\s+/).length;
      if (n < 5 || n > 200) problems.push(`${file}: ${n} words: ${p.text}`);
      if (n >= 80) long++;
      total++;
      const split = trainOnly ? 'train' : splitOf(i);
      (counts[label] ??= { train: 0, dev: 0, test: 0 })[split]++;
      words.push({ split, set: new Set(key.split(' ')), text: p.text });
      if (task === 'phase') {
        out[split].push({
          text: p.text,
          lang: p.lang,
          phase: label === 'null' ? null : label,
          style: p.style,
        });
      } else {
        const crisis = CRISIS_CATEGORIES.has(label);
        const row: Record<string, unknown> = { text: p.text, lang: p.lang, crisis, category: label };
        if (crisis) row.severity = p.severity ?? (CONCERN_BY_DEFAULT.has(label) ? 'concern' : 'acute');
        if (p.context) row.context = p.context;
        row.style = p.style;
        out[split].push(row);
      }
    });
  }
  // Near-duplicates across splits (word Jaccard >= 0.7) would leak; report them so they get rewritten.
  for (let a = 0; a < words.length; a++) {
    for (let b = a + 1; b < words.length; b++) {
      const x = words[a]!;
      const y = words[b]!;
      if (x.split === y.split) continue;
      const jac = wordJaccard(x.set, y.set);
      // A test line is never printed (nobody is to read the test split): the other line names the problem.
      const shown = (w: typeof x): string => (w.split === 'test' ? '(a test line)' : `"${w.text}"`);
      if (jac >= 0.7)
        problems.push(`near-duplicate across splits (${jac.toFixed(2)}): ${shown(x)} ~ ${shown(y)}`);
    }
  }
  const files = Object.fromEntries(
    SPLITS.map((split) => [split, out[split].map((r) => JSON.stringify(r)).join('\n') + '\n']),
  ) as Record<Split, string>;
  const summary = [
    `${task}: ${total} lines, ${long} long (>= 80 words)`,
    ...Object.entries(counts).map(
      ([label, c]) =>
        `  ${label.padEnd(22)} ${c.train + c.dev + c.test}  (${c.train} / ${c.dev} / ${c.test})`,
    ),
  ].join('\n');
  return { files, problems, summary };
}

/**
 * The crisis challenge set (source/challenge/crisis.txt → data/crisis/challenge.jsonl): lines written before
 * a change to measure it on voices nobody tuned on. A source line is "<category> <style code> <text>" with
 * the same optional fields. Never trained on and never used to choose a threshold; problems: duplicates,
 * lengths outside 5–200 words, and near-copies (word Jaccard ≥ 0.7) of a train or dev line.
 */
export function buildChallenge(corpus: BuiltCorpus = buildCorpus('crisis')): {
  file: string;
  problems: string[];
} {
  const problems: string[] = [];
  const known = (['train', 'dev'] as const).flatMap((split) =>
    corpus.files[split]
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => wordSet((JSON.parse(l) as { text: string }).text)),
  );
  const seen = new Set<string>();
  const rows = readFileSync(join(dataDir, 'source', 'challenge', 'crisis.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line, i) => {
      const space = line.indexOf(' ');
      const label = line.slice(0, space);
      const p = parseLine(line.slice(space + 1), `challenge/crisis.txt:${i + 1}`);
      const key = normalise(p.text);
      if (seen.has(key)) problems.push(`duplicate challenge text: ${p.text}`);
      seen.add(key);
      const n = p.text.split(/\s+/).length;
      if (n < 5 || n > 200) problems.push(`challenge: ${n} words: ${p.text}`);
      const set = new Set(key.split(' '));
      if (known.some((other) => wordJaccard(set, other) >= 0.7))
        problems.push(`challenge line near a train/dev line: ${p.text}`);
      const crisis = CRISIS_CATEGORIES.has(label);
      if (!crisis && !/^[a-z_]+$/.test(label)) problems.push(`challenge: bad category "${label}"`);
      const row: Record<string, unknown> = { text: p.text, lang: p.lang, crisis, category: label };
      if (crisis) row.severity = p.severity ?? (CONCERN_BY_DEFAULT.has(label) ? 'concern' : 'acute');
      if (p.context) row.context = p.context;
      row.style = p.style;
      return JSON.stringify(row);
    });
  return { file: rows.join('\n') + '\n', problems };
}

// Run as a script (not when a test imports buildCorpus): write the files and print the counts.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const task of ['phase', 'crisis'] as const) {
    const built = buildCorpus(task);
    if (built.problems.length > 0) {
      console.error(built.problems.join('\n'));
      process.exitCode = 1;
    }
    mkdirSync(join(dataDir, task), { recursive: true });
    for (const split of SPLITS) writeFileSync(join(dataDir, task, `${split}.jsonl`), built.files[split]);
    console.log(built.summary);
    if (task === 'crisis') {
      const challenge = buildChallenge(built);
      if (challenge.problems.length > 0) {
        console.error(challenge.problems.join('\n'));
        process.exitCode = 1;
      }
      writeFileSync(join(dataDir, task, 'challenge.jsonl'), challenge.file);
      console.log(`crisis challenge: ${challenge.file.trim().split('\n').length} lines (never trained on)`);
    }
  }
}
