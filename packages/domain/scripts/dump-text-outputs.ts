// Dumps every output of the text engine (normalisation, cue matching, features, both models, crisis
// detection, themes) for every line of the data, the fixtures and shared/data, one JSON line per text.
// Used to check that a change to the engine (matching, features, normalisation) changes no output:
//   tsx --conditions=@spiegel/source scripts/dump-text-outputs.ts > before.jsonl   (then diff)
// The test splits (data/*/test.jsonl) are left out: they are scored only by the eval, never read while
// changing the engine.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyContribution } from '../src/classify/classify-contribution.js';
import { scorePhaseLexicon } from '../src/classify/score-phase-lexicon.js';
import { detectCrisis } from '../src/crisis/detect-crisis.js';
import { detectCrisisByLexicon } from '../src/crisis/detect-crisis-lexicon.js';
import { TEXT_MODELS } from '../src/model/text-models.generated.js';
import { crisisDense, crisisModelText, phaseVector, scoreWindows } from '../src/model/text-models.js';
import { predictProbabilities } from '../src/model/logistic-regression.js';
import { decodeModel } from '../src/model/weights-codec.js';
import { findThemeCues } from '../src/themes/extract-themes.js';
import { normalizeText } from '../src/text/normalize-text.js';
import { type SparseVector } from '../src/model/hashed-features.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const domain = path.join(here, '..');
const roots = [
  path.join(domain, 'data'),
  path.join(domain, 'training'),
  path.join(domain, 'src/testing/fixtures'),
  ...process.argv.slice(2),
];

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return jsonlFiles(full);
      return name.endsWith('.jsonl') && name !== 'test.jsonl' ? [full] : [];
    });
}

const r9 = (v: number): number => Math.round(v * 1e9) / 1e9;
const vec = (v: SparseVector): unknown => ({
  i: Array.from(v.indices),
  v: Array.from(v.values, r9),
  a: Array.from(v.anchors),
});
const phaseModel = decodeModel(TEXT_MODELS.phase);
const crisisModel = decodeModel(TEXT_MODELS.crisis);

// Seeded variants of every line, so odd input is covered too: capitals, diacritics, non-ASCII letters that
// stay letters, emoji, apostrophes, clause marks, digits, stretched letters, glued words.
const ODD = [
  'ø',
  'é',
  'ß',
  '…',
  '’',
  "'",
  '.',
  ',',
  '14.00',
  '🙂',
  '#',
  '_',
  '-',
  'ﬁ',
  'İ',
  '  ',
  'zooo',
  'Σ',
];
let seed = 12345;
const next = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
function variant(text: string): string {
  const chars = Array.from(text);
  for (let k = 0; k < 1 + Math.floor(chars.length / 15); k++) {
    const at = Math.floor(next() * (chars.length + 1));
    const roll = next();
    if (roll < 0.5) chars.splice(at, 0, ODD[Math.floor(next() * ODD.length)] as string);
    else if (roll < 0.7) chars.splice(at, 1);
    else if (roll < 0.85) chars[at] = (chars[at] ?? '').toUpperCase();
    else chars.splice(at, 0, chars[at] ?? 'a', chars[at] ?? 'a');
  }
  return chars.join('');
}

const out: string[] = [];
const rows = roots.flatMap(jsonlFiles).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ file, ...(JSON.parse(line) as { text: string; context?: string[] }) })),
);
const all = [...rows, ...rows.map((r) => ({ ...r, file: `${r.file}~`, text: variant(r.text) }))];
{
  for (const row of all) {
    const file = row.file;
    const text = row.text;
    const normalized = normalizeText(text);
    const reading = scorePhaseLexicon(normalized);
    const pv = phaseVector(normalized, reading);
    const lexicon = detectCrisisByLexicon(normalized);
    const modelText = crisisModelText(lexicon);
    const best = scoreWindows(crisisModel, modelText, crisisDense(lexicon));
    out.push(
      JSON.stringify({
        file: path.relative(domain, file),
        text,
        norm: [normalized.text, normalized.starts, normalized.ends],
        reading,
        phaseVector: vec(pv),
        phaseP: predictProbabilities(phaseModel, pv).map(r9),
        classify: classifyContribution(text),
        lexicon,
        crisisScore: [r9(best.score), best.start, vec(best.vector)],
        crisis: detectCrisis(text),
        crisisContext: row.context ? detectCrisis(text, { recent: row.context }) : null,
        themes: findThemeCues(text),
      }),
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
