#!/usr/bin/env node
/**
 * `pnpm start`: builds only when a build input changed, then runs the API (which serves the web app).
 *
 * Skipping the build: a SHA-256 over the content of every build input (sources, configs, the
 * lockfile) is kept after a build that succeeded; the next start builds again when that hash differs
 * or an output is missing. Content, not mtimes, so a checkout or a touched file never fools it.
 * `pnpm start --build` builds anyway.
 *
 * Stopping: Ctrl-C reaches every process in the terminal's process group, and the embedded
 * PostgreSQL would stop under the API's open connections (warnings, and pnpm's "Command failed").
 * So the API runs in its own process group; this script forwards the signal to the API alone, which
 * closes its connections, then stops PostgreSQL, and exits 0. This script exits with its code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `pnpm build` reads. Directories are walked whole (minus node_modules and dist). */
export const BUILD_INPUTS = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'tsconfig.base.json',
  'packages/domain/package.json',
  'packages/domain/tsconfig.json',
  'packages/domain/tsconfig.build.json',
  'packages/domain/src',
  'apps/web/package.json',
  'apps/web/tsconfig.json',
  'apps/web/vite.config.ts',
  'apps/web/index.html',
  'apps/web/public',
  'apps/web/src',
  'apps/api/package.json',
  'apps/api/tsconfig.json',
  'apps/api/tsconfig.build.json',
  'apps/api/src',
];
export const BUILD_OUTPUTS = [
  'packages/domain/dist/index.js',
  'apps/web/dist/index.html',
  'apps/api/dist/main.js',
];

function files(dir, rel) {
  const abs = path.join(dir, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && e.name !== 'dist')
    .flatMap((e) => files(dir, path.join(rel, e.name)));
}

/** One hash over the path and content of every input, in a stable order. */
export function hashInputs(dir = root) {
  const hash = createHash('sha256');
  for (const rel of BUILD_INPUTS.flatMap((r) => files(dir, r)).sort()) {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(path.join(dir, rel)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const stampFile = path.join(root, 'node_modules/.cache/spiegel-start/build-inputs.sha256');

function buildIfNeeded(force) {
  const current = hashInputs();
  const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
  const outputsThere = BUILD_OUTPUTS.every((f) => existsSync(path.join(root, f)));
  if (!force && outputsThere && previous === current) {
    process.stdout.write('Bouwen overgeslagen: er is niets veranderd sinds de vorige build.\n');
    return;
  }
  const build = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${current}\n`);
}

/**
 * pnpm answers a SIGINT to itself with "Command failed" and a non-zero exit, whatever the script does.
 * In a terminal, Ctrl-C therefore must not become a signal: with the terminal in raw mode it arrives
 * here as a byte (libuv's raw mode keeps output newlines intact), and this script stops the API.
 */
function catchCtrlC(onCtrlC) {
  if (!process.stdin.isTTY) return () => undefined;
  process.stdin.setRawMode(true);
  process.stdin.resume();
  process.stdin.on('data', (bytes) => {
    if (bytes.includes(0x03)) onCtrlC();
  });
  const restore = () => {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stdin.pause();
  };
  process.once('exit', restore);
  return restore;
}

function run() {
  const api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    detached: true,
    // Piped, not inherited: a background process group writing to the terminal could be stopped (tostop).
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.pipe(process.stdout);
  api.stderr.pipe(process.stderr);
  let signalled = false;
  const stop = (signal) => {
    const again = signalled;
    signalled = true;
    if (api.exitCode !== null || api.signalCode !== null) return;
    // A second Ctrl-C while it stops: no more waiting.
    api.kill(again ? 'SIGKILL' : signal);
  };
  const restoreTerminal = catchCtrlC(() => {
    if (!signalled) process.stdout.write('\n');
    stop('SIGINT');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  api.on('exit', (code, signal) => {
    restoreTerminal();
    process.exitCode = code ?? (signalled && signal ? 0 : 1);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  buildIfNeeded(process.argv.includes('--build'));
  run();
}
