/**
 * Trains the phase classifier's fallback model from the hand-written examples in training/ and writes
 * src/classify/phase-model.generated.ts.   pnpm --filter @spiegel/domain train
 * The shared corpora (../shared/data) are never used for training: they are for evaluation only.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPhaseModelModule, trainPhaseModel } from '../src/classify/phase-model.js';
import { DOMAIN_ROOT, loadJsonl, PHASE_TRAINING } from '../src/testing/load-jsonl.js';
import { type TrainingExample } from '../src/classify/phase-model.js';

const examples = loadJsonl<TrainingExample>(PHASE_TRAINING);
const model = trainPhaseModel(examples);
const target = path.join(DOMAIN_ROOT, 'src/classify/phase-model.generated.ts');
writeFileSync(target, renderPhaseModelModule(model));
execFileSync(path.join(DOMAIN_ROOT, '../../node_modules/.bin/prettier'), [
  '--write',
  '--log-level',
  'warn',
  target,
]);
console.log(
  `trained on ${examples.length} examples, ${Object.keys(model.features).length} words → ${target}`,
);
