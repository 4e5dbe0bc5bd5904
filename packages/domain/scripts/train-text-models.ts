/**
 * Trains the phase and crisis models from the labelled data and writes src/model/text-models.generated.ts.
 * Run by the package's build (and `pnpm --filter @spiegel/domain train`); deterministic, so an unchanged
 * data set rewrites the same file. With CI=true or --check it only checks, and fails when the committed
 * file differs. The test split and ../shared/data are never used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderTextModelsModule, trainTextModels } from '../src/model/train-text-models.js';
import { DOMAIN_ROOT } from '../src/testing/load-jsonl.js';
import { loadTrainingData } from '../src/testing/training-data.js';

const started = performance.now();
const data = loadTrainingData();
const models = trainTextModels(
  data.phaseTrain,
  data.crisisTrain,
  data.crisisDev,
  data.ordinaryDev,
  data.phaseDev,
);
const target = path.join(DOMAIN_ROOT, 'src/model/text-models.generated.ts');
const source = renderTextModelsModule(models, data.sources);
const before = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
// On CI the committed file must already be the fresh training: a drift fails the build instead of being
// quietly rewritten (which would make the test that compares them pass on a stale commit).
if (before !== source && (process.env.CI === 'true' || process.argv.includes('--check'))) {
  console.error(
    `${path.relative(process.cwd(), target)} is out of date with the data: run \`pnpm --filter @spiegel/domain train\` and commit it.`,
  );
  process.exit(1);
}
if (before !== source) writeFileSync(target, source);
console.log(
  `text models: ${data.phaseTrain.length} phase lines, ${data.crisisTrain.length} crisis lines (thresholds on ` +
    `${data.crisisDev.length} dev lines: crisis ${models.crisisThreshold}, ` +
    `context ${models.contextThreshold}) in ${Math.round(performance.now() - started)} ms` +
    `${before === source ? ', unchanged' : ` → ${path.relative(process.cwd(), target)}`}`,
);
