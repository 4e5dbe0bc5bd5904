/**
 * Evaluates the classifiers on a JSONL file.
 *   pnpm --filter @spiegel/domain eval [file.jsonl] [--errors]
 * Lines with a `phase` field (a phase id or null) are scored with classifyContribution; lines with a
 * `crisis` field (true/false) are scored with detectCrisis. Default: ../shared/data/phase-corpus.dev.jsonl.
 */
import path from 'node:path';
import {
  classifyContribution,
  computeClassificationMetrics,
  detectCrisis,
  EVAL_CLASSES,
  isPhaseId,
  type PhaseId,
} from '../src/index.js';
import { loadJsonl, PHASE_CORPUS_DEV } from '../src/testing/load-jsonl.js';

interface Row {
  text: string;
  phase?: string | null;
  crisis?: boolean;
  severity?: string;
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const fileArg = args.find((a) => !a.startsWith('--'));
const file =
  fileArg === undefined ? PHASE_CORPUS_DEV : path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
const rows = loadJsonl<Row>(file);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

console.log(`file: ${file}`);
const phaseRows = rows.filter((r) => r.phase === null || isPhaseId(r.phase));
const crisisRows = rows.filter((r) => typeof r.crisis === 'boolean');

if (phaseRows.length > 0) {
  const scored = phaseRows.map((r) => ({
    text: r.text,
    expected: (r.phase ?? null) as PhaseId | null,
    result: classifyContribution(r.text),
  }));
  const m = computeClassificationMetrics(
    scored.map((s) => ({ expected: s.expected, predicted: s.result.phase })),
  );
  console.log(`\nphase classifier — ${m.total} lines`);
  console.log(`accuracy ${pct(m.accuracy)}   macro-F1 ${pct(m.macroF1)}\n`);
  console.log(`${'class'.padEnd(18)}precision  recall      F1  support`);
  for (const c of EVAL_CLASSES) {
    const k = m.perClass[c];
    console.log(
      `${c.padEnd(18)}${pct(k.precision)}  ${pct(k.recall)} ${pct(k.f1)}  ${String(k.support).padStart(7)}`,
    );
  }
  const short = (c: string): string => c.slice(0, 6).padStart(7);
  console.log(
    `\nconfusion (rows = expected, columns = predicted)\n${''.padEnd(18)}${EVAL_CLASSES.map(short).join('')}`,
  );
  for (const e of EVAL_CLASSES) {
    console.log(`${e.padEnd(18)}${EVAL_CLASSES.map((p) => String(m.confusion[e][p]).padStart(7)).join('')}`);
  }
  if (showErrors) {
    console.log('\nmisclassified:');
    for (const s of scored.filter((x) => x.expected !== x.result.phase)) {
      console.log(
        `  [${s.expected ?? 'none'} → ${s.result.phase ?? 'none'}] ${s.text}  {${s.result.cues.join(' | ')}}`,
      );
    }
  }
}

if (crisisRows.length > 0) {
  const scored = crisisRows.map((r) => ({ row: r, result: detectCrisis(r.text) }));
  const positives = scored.filter((s) => s.row.crisis === true);
  const negatives = scored.filter((s) => s.row.crisis === false);
  const caught = positives.filter((s) => s.result.crisis).length;
  const falseAlarms = negatives.filter((s) => s.result.crisis).length;
  const withSeverity = scored.filter((s) => s.row.severity !== undefined);
  const severityHits = withSeverity.filter((s) => s.row.severity === s.result.severity).length;
  console.log(`\ncrisis detector — ${scored.length} lines`);
  console.log(
    `recall on crisis lines   ${caught}/${positives.length} (${pct(positives.length ? caught / positives.length : 1).trim()})`,
  );
  console.log(`false alarms on others   ${falseAlarms}/${negatives.length}`);
  if (withSeverity.length > 0) console.log(`severity agreement       ${severityHits}/${withSeverity.length}`);
  if (showErrors) {
    for (const s of scored.filter(
      (x) =>
        x.row.crisis !== x.result.crisis ||
        (x.row.severity !== undefined && x.row.severity !== x.result.severity),
    )) {
      console.log(
        `  [${s.row.crisis ? (s.row.severity ?? 'crisis') : 'none'} → ${s.result.severity}] ${s.row.text}  {${s.result.cues.join(' | ')}}`,
      );
    }
  }
}
