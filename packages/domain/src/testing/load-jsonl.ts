import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** packages/domain */
export const DOMAIN_ROOT = path.resolve(here, '../..');
/** shared/ lives beside the repository clone, three levels above packages/domain. */
export const SHARED_DATA = path.resolve(DOMAIN_ROOT, '../../../shared/data');
export const PHASE_CORPUS_DEV = path.join(SHARED_DATA, 'phase-corpus.dev.jsonl');
export const CRISIS_CORPUS_DEV = path.join(SHARED_DATA, 'crisis-corpus.dev.jsonl');
/** Hand-written lines never used for training or tuning: the classifier's own hold-out set. */
export const PHASE_HOLDOUT = path.join(here, 'fixtures/phase-holdout.jsonl');
/** Hand-written examples the fallback model is trained on (and the lexicon was developed against). */
export const PHASE_TRAINING = path.join(DOMAIN_ROOT, 'training/phase-examples.jsonl');
export const CRISIS_HANDWRITTEN = path.join(here, 'fixtures/crisis-handwritten.jsonl');

export function loadJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}
