import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildChallenge } from '../../scripts/build-data.js';
import { loadTrainingData } from '../testing/training-data.js';

// The crisis challenge set (data/README.md): lines written before a change to measure it on unseen
// voices. It must be what its source builds to, hold every category and family, stay apart from the
// train and dev lines, and never be read by training or threshold choice.
const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/crisis/challenge.jsonl');

interface Row {
  text: string;
  crisis: boolean;
  category: string;
  severity?: string;
  context?: string[];
  style: string;
}

describe('crisis challenge set', () => {
  const built = buildChallenge();
  const rows = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

  it('should be exactly what its source builds to, with no near-copy of a train or dev line', () => {
    expect(built.problems).toEqual([]);
    expect(readFileSync(FILE, 'utf8')).toBe(built.file);
  });

  it('should cover every warning-sign category and look-alike family, long posts included', () => {
    const crisis = rows.filter((r) => r.crisis);
    const others = rows.filter((r) => !r.crisis);
    expect(crisis.length).toBeGreaterThanOrEqual(90);
    expect(others.length).toBeGreaterThanOrEqual(60);
    expect(new Set(crisis.map((r) => r.category)).size).toBe(9);
    expect(new Set(others.map((r) => r.category)).size).toBe(8);
    expect(crisis.filter((r) => r.style === 'long').length).toBeGreaterThanOrEqual(20);
    expect(crisis.every((r) => r.severity === 'acute' || r.severity === 'concern')).toBe(true);
    expect(
      rows.filter((r) => r.category === 'context_acute').every((r) => (r.context ?? []).length > 0),
    ).toBe(true);
  });

  it('should never be read by training or threshold choice', () => {
    const data = loadTrainingData();
    expect(data.sources.some((s) => s.includes('challenge'))).toBe(false);
    const seen = new Set([...data.crisisTrain, ...data.crisisDev].map((e) => e.text));
    expect(rows.filter((r) => seen.has(r.text))).toEqual([]);
  });
});
