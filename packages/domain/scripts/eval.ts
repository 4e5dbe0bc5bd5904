/**
 * Evaluates the phase classifier and the crisis detector.
 *   pnpm --filter @spiegel/domain eval                 # the challenge sets (data/crisis/challenge.jsonl,
 *                                                       # data/phase/challenge.jsonl), then the test splits:
 *                                                       # data/phase/test.jsonl, data/crisis/test.jsonl
 *   pnpm --filter @spiegel/domain eval --dev           # the dev splits
 *   pnpm --filter @spiegel/domain eval file.jsonl …    # any JSONL file(s)
 *   add --errors to list the mistakes
 * Lines with a `phase` field (a phase id or null) are scored with classifyContribution; lines with a
 * `crisis` field (true/false) with detectCrisis (their `context`, if any, passed as the author's recent
 * messages). Crisis figures: precision / recall / F1 per class, recall per warning-sign category and the
 * false-alarm rate per look-alike family (the `category` field).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  classifyContribution,
  computeClassificationMetrics,
  detectCrisis,
  EVAL_CLASSES,
  isPhaseId,
  type PhaseId,
} from '../src/index.js';
import { loadJsonl } from '../src/testing/load-jsonl.js';
import { dataFile } from '../src/testing/training-data.js';

interface Row {
  text: string;
  phase?: string | null;
  crisis?: boolean;
  severity?: string;
  category?: string;
  context?: string[];
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const split = args.includes('--dev') ? 'dev' : 'test';
const fileArgs = args.filter((a) => !a.startsWith('--'));
const files =
  fileArgs.length > 0
    ? fileArgs.map((f) => path.resolve(process.env.INIT_CWD ?? process.cwd(), f))
    : [
        // First, so the split's figures stay the last lines printed: the challenge sets, lines written
        // before a change to measure it on unseen voices (never trained on nor used for a threshold or a
        // setting; source/challenge/crisis.txt, and data/phase/challenge.jsonl from issue 13 round four).
        path.join(path.dirname(dataFile('crisis', split)), 'challenge.jsonl'),
        path.join(path.dirname(dataFile('phase', split)), 'challenge.jsonl'),
        dataFile('phase', split),
        dataFile('crisis', split),
      ];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

for (const file of files) {
  if (!existsSync(file)) {
    console.log(`\n${path.relative(process.cwd(), file)}: not there yet, skipped`);
    continue;
  }
  const rows = loadJsonl<Row>(file);
  console.log(`\nfile: ${path.relative(process.cwd(), file)}`);
  evaluatePhases(rows.filter((r) => r.phase === null || (typeof r.phase === 'string' && isPhaseId(r.phase))));
  evaluateCrisis(rows.filter((r) => typeof r.crisis === 'boolean'));
}

function evaluatePhases(phaseRows: Row[]): void {
  if (phaseRows.length === 0) return;
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

function evaluateCrisis(crisisRows: Row[]): void {
  if (crisisRows.length === 0) return;
  const scored = crisisRows.map((r) => ({
    row: r,
    result: detectCrisis(r.text, { recent: r.context ?? [] }),
  }));
  console.log(`\ncrisis detector — ${scored.length} lines`);
  console.log(`${'class'.padEnd(18)}precision  recall      F1  support`);
  for (const positive of [true, false]) {
    const tp = scored.filter((s) => s.row.crisis === positive && s.result.crisis === positive).length;
    const predicted = scored.filter((s) => s.result.crisis === positive).length;
    const support = scored.filter((s) => s.row.crisis === positive).length;
    const p = ratio(tp, predicted);
    const r = ratio(tp, support);
    console.log(
      `${(positive ? 'crisis' : 'none').padEnd(18)}${pct(p)}  ${pct(r)} ${pct(ratio(2 * p * r, p + r))}  ${String(support).padStart(7)}`,
    );
  }
  const withSeverity = scored.filter((s) => s.row.crisis === true && s.row.severity !== undefined);
  for (const level of ['acute', 'concern'] as const) {
    const tp = withSeverity.filter((s) => s.row.severity === level && s.result.severity === level).length;
    const predicted = withSeverity.filter((s) => s.result.severity === level).length;
    const support = withSeverity.filter((s) => s.row.severity === level).length;
    const p = ratio(tp, predicted);
    const r = ratio(tp, support);
    console.log(
      `${`severity ${level}`.padEnd(18)}${pct(p)}  ${pct(r)} ${pct(ratio(2 * p * r, p + r))}  ${String(support).padStart(7)}`,
    );
  }
  const byCategory = (positive: boolean): Map<string, { n: number; alarmed: number }> => {
    const out = new Map<string, { n: number; alarmed: number }>();
    for (const s of scored.filter((x) => x.row.crisis === positive)) {
      const key = s.row.category ?? '(none)';
      const entry = out.get(key) ?? { n: 0, alarmed: 0 };
      entry.n++;
      if (s.result.crisis) entry.alarmed++;
      out.set(key, entry);
    }
    return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])));
  };
  console.log('\nrecall per warning-sign category');
  for (const [category, { n, alarmed }] of byCategory(true)) {
    console.log(`  ${category.padEnd(22)}${`${alarmed}/${n}`.padStart(9)} ${pct(ratio(alarmed, n))}`);
  }
  console.log('false alarms per look-alike family');
  for (const [family, { n, alarmed }] of byCategory(false)) {
    console.log(`  ${family.padEnd(22)}${`${alarmed}/${n}`.padStart(9)} ${pct(ratio(alarmed, n))}`);
  }
  const positives = scored.filter((s) => s.row.crisis === true);
  const negatives = scored.filter((s) => s.row.crisis === false);
  const caught = positives.filter((s) => s.result.crisis).length;
  const falseAlarms = negatives.filter((s) => s.result.crisis).length;
  console.log(
    `\nrecall on crisis lines   ${caught}/${positives.length} (${pct(ratio(caught, positives.length)).trim()})`,
  );
  console.log(
    `false alarms on others   ${falseAlarms}/${negatives.length} (${pct(ratio(falseAlarms, negatives.length)).trim()})`,
  );
  if (showErrors) {
    console.log('\nmistakes:');
    for (const s of scored.filter(
      (x) =>
        x.row.crisis !== x.result.crisis ||
        (x.row.severity !== undefined && x.row.severity !== x.result.severity),
    )) {
      console.log(
        `  [${s.row.category ?? ''} ${s.row.crisis ? (s.row.severity ?? 'crisis') : 'none'} → ${s.result.severity} ${s.result.score}] ${s.row.text}  {${s.result.cues.join(' | ')}}`,
      );
    }
  }
}
