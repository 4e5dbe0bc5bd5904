// pnpm bench — every benchmark in turn (each its own process), after `pnpm build`. Each prints one JSON
// object on stdout (name, figures, baseline, ratios, targets) and a summary on stderr; at the end, a short
// summary of all targets. `--quick` runs a small version of each (to check that everything works).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchResult } from './lib/output.js';
import { ROOT } from './lib/processes.js';

const { values: a } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const FULL: Record<string, string[]> = {
  chat: ['--instances', '2'],
  data: [],
  web: [],
  classify: [],
  outreach: [], // --deliver waits for every mail; at today's ~2 mails/s per instance that is over an hour for 10,000
};
const QUICK: Record<string, string[]> = {
  chat: [
    '--clients',
    '50',
    '--rate',
    '5',
    '--seconds',
    '5',
    '--runs',
    '1',
    '--idle',
    '200',
    '--instances',
    '2',
    '--max-rate',
    '20',
    '--step-seconds',
    '3',
    '--quiet-wait',
    '0',
  ],
  data: ['--sizes', '10000,30000', '--iterations', '5', '--rounds', '2', '--quiet-wait', '0'],
  web: ['--runs', '1', '--quiet-wait', '0'],
  classify: ['--count', '2000', '--warmup', '500'],
  outreach: ['--sizes', '100,1000', '--staff', '10', '--quiet-wait', '0'],
};

function run(name: string, args: string[]): Promise<BenchResult | null> {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const child = spawn(tsx, [path.join(ROOT, `apps/api/bench/${name}.ts`), ...args], {
    // The load generator holds thousands of sockets.
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    process.stdout.write(d);
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"name"'));
      if (code !== 0 || !line) {
        console.error(`bench ${name} failed (exit ${code})`);
        resolve(null);
      } else resolve(JSON.parse(line) as BenchResult);
    }),
  );
}

const plan = a.quick ? QUICK : FULL;
const results: [string, BenchResult | null][] = [];
for (const name of Object.keys(plan)) {
  if (a.only && !a.only.split(',').includes(name)) continue;
  results.push([name, await run(name, plan[name]!)]);
}
const lines = ['\n== summary =='];
for (const [name, r] of results) {
  if (!r) {
    lines.push(`  ${name}: FAILED`);
    continue;
  }
  const met = r.targets.filter((t) => t.met === true).length;
  lines.push(
    `  ${name} (${r.seconds} s${r.quiet && !r.quiet.quiet ? ', busy machine' : ''}): ${met}/${r.targets.length} targets met`,
  );
  for (const t of r.targets.filter((x) => x.met !== true))
    lines.push(`    ${t.met === false ? 'MISS' : '  ? '} ${t.target}: ${t.value ?? 'n/a'}`);
}
console.error(lines.join('\n'));
// Benchmarks report figures; they never fail the run for a missed target (only for a broken benchmark).
process.exit(results.some(([, r]) => r === null) ? 1 : 0);
