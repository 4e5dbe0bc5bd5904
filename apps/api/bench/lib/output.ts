import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeMachine, type QuietCheck, quietSoFar } from './machine.js';
import { ROOT } from './processes.js';

export interface BenchResult {
  name: string;
  /** The command that produced the figures. */
  command: string;
  machine: ReturnType<typeof describeMachine>;
  /** Whether other test runs or browsers shared the machine while it ran. */
  quiet: QuietCheck | null;
  parameters: Record<string, unknown>;
  figures: Record<string, unknown>;
  baseline: Record<string, unknown>;
  ratios: Record<string, number | null>;
  targets: { target: string; value: number | string | null; met: boolean | null }[];
  notes: string[];
  startedAt: string;
  seconds: number;
}

/** One JSON object on one line (for machines), a few lines of summary (for people), and a copy in artifacts/. */
export function report(result: BenchResult, summary: string[]): void {
  result.quiet = quietSoFar(result.quiet);
  console.log(JSON.stringify(result));
  const lines = [`\n== ${result.name} (${result.seconds} s) ==`, ...summary.map((s) => `  ${s}`)];
  for (const t of result.targets) {
    const mark = t.met === null ? '?' : t.met ? 'met ' : 'MISS';
    lines.push(`  [${mark}] ${t.target}: ${typeof t.value === 'number' ? t.value : (t.value ?? 'n/a')}`);
  }
  if (result.quiet && !result.quiet.quiet) lines.push('  (figures taken on a busy machine)');
  else if (result.quiet?.busyDuringPercent)
    lines.push(`  (others' tests or browsers ran during ${result.quiet.busyDuringPercent} % of the run)`);
  console.error(lines.join('\n'));
  const dir = path.join(ROOT, 'artifacts/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${result.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

export function target(
  description: string,
  value: number | null | undefined,
  ok: (v: number) => boolean,
): BenchResult['targets'][number] {
  return {
    target: description,
    value: value ?? null,
    met: value == null || !Number.isFinite(value) ? null : ok(value),
  };
}

/** Progress and diagnostics go to stderr, so stdout stays one JSON object per benchmark. */
export const log = (...args: unknown[]) =>
  console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

export function commandLine(): string {
  return `${path.relative(ROOT, process.argv[1] ?? '')} ${process.argv.slice(2).join(' ')}`.trim();
}
