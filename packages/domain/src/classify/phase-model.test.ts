import { loadJsonl, PHASE_TRAINING } from '../testing/load-jsonl.js';
import { normalizeText } from '../text/normalize-text.js';
import { PHASE_MODEL } from './phase-model.generated.js';
import {
  MIN_FEATURE_COUNT,
  predictWithModel,
  renderPhaseModelModule,
  trainPhaseModel,
  type TrainingExample,
} from './phase-model.js';

describe('trainPhaseModel', () => {
  const examples: TrainingExample[] = [
    { text: 'jullie snappen er niks van', phase: 'projectie' },
    { text: 'jullie zijn zo zwak', phase: 'projectie' },
    { text: 'ik herken dat, jij ook', phase: 'herkenning' },
    { text: 'ik herken het zo', phase: 'herkenning' },
    { text: 'hoe laat begint het', phase: null },
  ];

  it('should count words per class once per line and drop rare words', () => {
    const model = trainPhaseModel(examples);
    expect(model.classCounts).toEqual([2, 2, 0, 0, 0, 1]);
    expect(model.features['jullie']).toEqual([2, 0, 0, 0, 0, 0]);
    expect(model.features['herken']).toEqual([0, 2, 0, 0, 0, 0]);
    expect(model.features['zwak']).toBeUndefined();
    expect(
      Object.values(model.features).every((row) => row.reduce((a, b) => a + b) >= MIN_FEATURE_COUNT),
    ).toBe(true);
  });

  it('should predict the class whose words appear, with the words as evidence', () => {
    const model = trainPhaseModel(examples);
    const p = predictWithModel(model, normalizeText('Jullie doen maar'));
    expect(p.label).toBe('projectie');
    expect(p.probability).toBeGreaterThan(0.5);
    expect(p.knownWords).toBe(1);
    expect(p.evidence).toEqual(['jullie']);
  });

  it('should fall back to the class priors when no word is known', () => {
    const model = trainPhaseModel(examples);
    const p = predictWithModel(model, normalizeText('xyz'));
    expect(p.knownWords).toBe(0);
    expect(p.evidence).toEqual([]);
  });

  it('should keep the shipped model in sync with training/phase-examples.jsonl (run `pnpm train`)', () => {
    const trained = trainPhaseModel(loadJsonl<TrainingExample>(PHASE_TRAINING));
    expect(PHASE_MODEL).toEqual(trained);
    expect(renderPhaseModelModule(trained)).toContain('export const PHASE_MODEL: PhaseModel =');
  });
});
