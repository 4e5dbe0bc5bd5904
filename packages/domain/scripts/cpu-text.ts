// CPU time per message of the text engine, split by stage, best of several passes (process.cpuUsage, so a
// busy machine's queue for a core does not count). tsx --conditions=@spiegel/source scripts/cpu-text.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyContribution } from '../src/classify/classify-contribution.js';
import { scorePhaseLexicon } from '../src/classify/score-phase-lexicon.js';
import { detectCrisis } from '../src/crisis/detect-crisis.js';
import { detectCrisisByLexicon } from '../src/crisis/detect-crisis-lexicon.js';
import { normalizeText } from '../src/text/normalize-text.js';

const domain = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const messages = [
  'data/phase/dev.jsonl',
  'data/crisis/dev.jsonl',
  'src/testing/fixtures/phase-holdout.jsonl',
  'src/testing/fixtures/crisis-handwritten.jsonl',
].flatMap((f) =>
  readFileSync(path.join(domain, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
const passes = Number(process.argv[2] ?? 7);

const long = messages.filter((m) => m.split(/\s+/).length >= 80);

function cpu(fn: (text: string) => unknown, texts = messages): number {
  let best = Infinity;
  for (let p = 0; p < passes; p++) {
    const t0 = process.cpuUsage();
    for (const m of texts) fn(m);
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000 / texts.length);
  }
  return best;
}
const stages: [string, (text: string) => unknown][] = [
  ['normalizeText', (t) => normalizeText(t)],
  ['phase lexicon', (t) => scorePhaseLexicon(normalizeText(t))],
  ['crisis lexicon', (t) => detectCrisisByLexicon(normalizeText(t))],
  ['classifyContribution', (t) => classifyContribution(t)],
  ['detectCrisis', (t) => detectCrisis(t)],
  ['both', (t) => (classifyContribution(t), detectCrisis(t))],
];
for (const [, fn] of stages) cpu(fn); // warm-up
for (const [name, fn] of stages) console.log(`${name.padEnd(22)} ${cpu(fn).toFixed(3)} ms CPU per message`);
const both = stages[stages.length - 1]![1];
console.log(
  `${'both, long posts'.padEnd(22)} ${cpu(both, long).toFixed(3)} ms CPU per message (${long.length} posts ≥ 80 words)`,
);
console.log(`${messages.length} messages, best of ${passes} passes`);
