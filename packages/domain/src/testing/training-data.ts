import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CrisisExample, type PhaseExample } from '../model/train-text-models.js';
import { CRISIS_HANDWRITTEN, DOMAIN_ROOT, loadJsonl, PHASE_TRAINING } from './load-jsonl.js';

/** The labelled data in the repository: data/<task>/{train,dev,test}.jsonl (see data/README.md). */
export const DATA_DIR = path.join(DOMAIN_ROOT, 'data');
export const dataFile = (task: 'phase' | 'crisis', split: 'train' | 'dev' | 'test'): string =>
  path.join(DATA_DIR, task, `${split}.jsonl`);
export const CRISIS_TRAINING = path.join(DOMAIN_ROOT, 'training/crisis-examples.jsonl');

export interface TrainingData {
  readonly phaseTrain: PhaseExample[];
  readonly crisisTrain: CrisisExample[];
  readonly crisisDev: CrisisExample[];
  /** Ordinary messages for the crisis threshold: the phase dev lines (none of them a crisis). */
  readonly ordinaryDev: string[];
  /** The phase dev lines with their labels (to calibrate the phase model's confidence). */
  readonly phaseDev: PhaseExample[];
  /** The files read, relative to packages/domain. */
  readonly sources: string[];
}

/**
 * What the build trains on: the train splits plus the older hand-written examples in training/; the
 * crisis thresholds are chosen on the dev split. The test split and ../shared/data are never read here.
 */
export function loadTrainingData(): TrainingData {
  const sources: string[] = [];
  const read = <T>(file: string): T[] => {
    if (!existsSync(file)) return [];
    const lines = loadJsonl<T>(file);
    if (lines.length > 0) sources.push(path.relative(DOMAIN_ROOT, file));
    return lines;
  };
  const phaseTrain = [
    ...read<PhaseExample>(PHASE_TRAINING),
    ...read<PhaseExample>(dataFile('phase', 'train')),
  ];
  const crisisTrain = [
    ...read<CrisisExample>(CRISIS_TRAINING),
    ...read<CrisisExample>(dataFile('crisis', 'train')),
  ];
  // Until the dev split has lines, thresholds are chosen on the hand-written crisis fixture.
  const dev = read<CrisisExample>(dataFile('crisis', 'dev'));
  const crisisDev = dev.length > 0 ? dev : read<CrisisExample>(CRISIS_HANDWRITTEN);
  const phaseDev = read<PhaseExample>(dataFile('phase', 'dev'));
  const ordinaryDev = phaseDev.map((e) => e.text);
  return { phaseTrain, crisisTrain, crisisDev, ordinaryDev, phaseDev, sources };
}
